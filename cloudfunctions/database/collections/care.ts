import type { CollectionDecl } from '../schema'

// Care visits (R7): sensitive personal information, only the care function touches it.
export const careCollections: readonly CollectionDecl[] = [
  // 展工会爱心 (R7): sensitive personal information (PIPL art. 28). Only the `care` function reads or writes
  // these, through domains/care/repo.ts; every access is written to care_access_log.
  {
    name: 'care_visits',
    purpose: 'Care visits: the person visited, category, difficulty, help given, follow-up, lawful basis.',
    sensitive: true,
    indexes: [
      {
        name: 'unitPath_visitedAt',
        fields: [
          ['unitPath', 1],
          ['visitedAt', -1],
        ],
      },
      {
        name: 'unitPath_followUpOpen_followUpAt',
        fields: [
          ['unitPath', 1],
          ['followUpOpen', 1],
          ['followUpAt', 1],
        ],
      },
      {
        name: 'campaignId_createdAt',
        fields: [
          ['campaignId', 1],
          ['createdAt', 1],
        ],
      },
      {
        name: 'anonymisedAt_campaignId',
        fields: [
          ['anonymisedAt', 1],
          ['campaignId', 1],
        ],
      },
    ],
  },
  {
    name: 'care_people',
    purpose: 'One key per campaign × target × person (_id a hash of them, no name in it): a person visited twice counts once.',
    sensitive: true,
    indexes: [
      {
        name: 'campaignId_target',
        fields: [
          ['campaignId', 1],
          ['target', 1],
        ],
      },
    ],
  },
  {
    name: 'care_access_log',
    purpose:
      'Append-only log of every care read, write, export, refusal and retention run: 32 hash chains side by side; each entry hashes the one before in its chain.',
    sensitive: true,
    indexes: [
      {
        name: 'chain_seq',
        fields: [
          ['chain', 1],
          ['seq', 1],
        ],
        unique: true,
      },
      {
        name: 'at',
        fields: [
          ['at', -1],
          ['_id', -1],
        ],
      },
      {
        name: 'action_at',
        fields: [
          ['action', 1],
          ['at', -1],
        ],
      },
    ],
  },
  {
    name: 'care_state',
    purpose: 'The care access log chains’ heads (last sequence number and hash of each) and the retention setting.',
    sensitive: true,
    indexes: [],
  },
]
