import type { CollectionDecl } from '../schema'

// Shared by every domain: the content-safety checks of uploaded media and the audit log.
export const platformCollections: readonly CollectionDecl[] = [
  {
    name: 'media_checks',
    purpose: 'Images sent to WeChat’s asynchronous media check: every trace_id asked for, the verdict, and what the re-check timer must do next.',
    indexes: [
      {
        name: 'kind_refId',
        fields: [
          ['kind', 1],
          ['refId', 1],
        ],
      },
      // a push is matched by any trace_id this app recorded for the image
      { name: 'traceIds', fields: [['traceIds', 1]] },
      // the timer: what is due, oldest first
      {
        name: 'state_dueAt',
        fields: [
          ['state', 1],
          ['dueAt', 1],
        ],
      },
    ],
  },
  {
    name: 'audit_log',
    purpose: 'Who changed the union tree, roles, invites and memberships, and when.',
    indexes: [
      {
        name: 'unitPath_kind_at',
        fields: [
          ['unitPath', 1],
          ['kind', 1],
          ['at', -1],
        ],
      },
    ],
  },
  {
    name: 'export_files',
    purpose: 'Excel exports of the lists (works, ideas, honours, members, units) waiting to be deleted from storage a day after they were made.',
    indexes: [{ name: 'at', fields: [['at', 1]] }],
  },
]
