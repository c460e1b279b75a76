import type { CollectionDecl } from '../schema'

// Unit summary reports (R9): one per campaign × unit, and the reminders sent for them.
export const reportsCollections: readonly CollectionDecl[] = [
  {
    name: 'reports',
    purpose: "Grassroots unions' campaign summaries (R9), one per campaign × unit (_id campaignId:unitId), with photos and the city's decision.",
    indexes: [
      // the city's status page, reminders and export: a subtree's reports of the campaign
      {
        name: 'campaignId_unitPath',
        fields: [
          ['campaignId', 1],
          ['unitPath', 1],
        ],
      },
    ],
  },
  {
    name: 'report_reminders',
    purpose: 'Reminders to submit the summary, one per campaign × unit × Beijing day by construction (_id campaignId:unitId:day).',
    indexes: [
      // the chair's to-do in 我的 (people.todo): unanswered recent reminders of their units
      {
        name: 'unitId_settled_at',
        fields: [
          ['unitId', 1],
          ['settled', 1],
          ['at', -1],
        ],
      },
      // the chair's page shows the latest reminder
      {
        name: 'campaignId_unitId_at',
        fields: [
          ['campaignId', 1],
          ['unitId', 1],
          ['at', -1],
        ],
      },
    ],
  },
  {
    name: 'report_exports',
    purpose: 'Export files of the summary reports, kept so the daily timer deletes each a day after it was written.',
    indexes: [{ name: 'at', fields: [['at', 1]] }],
  },
]
