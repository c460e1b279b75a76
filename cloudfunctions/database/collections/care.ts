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
    indexes: [{ name: 'campaignId', fields: [['campaignId', 1]] }],
  },
  {
    name: 'care_access_log',
    purpose: 'Append-only log of every care read, write, export, refusal and retention run; each entry hashes the one before.',
    sensitive: true,
    indexes: [
      { name: 'seq', fields: [['seq', -1]], unique: true },
      {
        name: 'action_seq',
        fields: [
          ['action', 1],
          ['seq', -1],
        ],
      },
    ],
  },
  {
    name: 'care_state',
    purpose: 'The care access log’s head (last sequence number and hash) and the retention setting.',
    sensitive: true,
    indexes: [],
  },
]
