import type { CollectionDecl } from '../schema'

// Competitions (R4): the events, their sign-ups and the key that makes one sign-up a person.
export const competitionCollections: readonly CollectionDecl[] = [
  {
    name: 'competitions',
    purpose: 'Labour competitions, skill contests, sports and training (R4), with capacity and results.',
    indexes: [
      {
        name: 'status_publishedAt',
        fields: [
          ['status', 1],
          ['publishedAt', -1],
        ],
      },
      {
        name: 'unitPath_createdAt',
        fields: [
          ['unitPath', 1],
          ['createdAt', -1],
        ],
      },
      {
        name: 'organizerUnitId_status',
        fields: [
          ['organizerUnitId', 1],
          ['status', 1],
        ],
      },
    ],
  },
  {
    name: 'signups',
    purpose: 'Sign-ups to competitions: individuals and teams, their place or waiting-list position.',
    indexes: [
      {
        name: 'competitionId_status_seq',
        fields: [
          ['competitionId', 1],
          ['status', 1],
          ['seq', 1],
        ],
      },
      {
        name: 'competitionId_ticketCode',
        fields: [
          ['competitionId', 1],
          ['ticketCode', 1],
        ],
        unique: true,
      },
      {
        name: 'memberIds_createdAt',
        fields: [
          ['memberIds', 1],
          ['createdAt', -1],
        ],
      },
      // Moving a unit rewrites the paths of its sign-ups (org.moveUnit): without it, a scan of every sign-up.
      { name: 'unitPath', fields: [['unitPath', 1]] },
    ],
  },
  {
    name: 'signup_keys',
    purpose: 'One document per person signed up to a competition (_id competition:user): once only, for teams too.',
    indexes: [{ name: 'signupId', fields: [['signupId', 1]] }],
  },
]
