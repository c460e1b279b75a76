import type { CollectionDecl } from '../schema'

// The campaign, its participation counts and its notices (campaign function).
export const campaignCollections: readonly CollectionDecl[] = [
  {
    name: 'campaigns',
    purpose: 'The campaign (R1): theme, dates, activity lines, targets and their live counts.',
    indexes: [
      {
        name: 'status_startAt',
        fields: [
          ['status', 1],
          ['startAt', -1],
        ],
      },
    ],
  },
  {
    name: 'participants',
    purpose: 'Who took part in a campaign (once each), by unit: the 30,000 target and R10.',
    // campaignId_unitPath: a unit's participants in a campaign; unitPath alone: moving a unit (org.moveUnit).
    indexes: [
      {
        name: 'campaignId_unitPath',
        fields: [
          ['campaignId', 1],
          ['unitPath', 1],
        ],
      },
      { name: 'unitPath', fields: [['unitPath', 1]] },
    ],
  },
  {
    name: 'unit_stats',
    purpose: 'Per campaign × unit counters (participants, entries, competitions), rolled up the tree: the dashboard reads them.',
    indexes: [
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
    name: 'unit_days',
    purpose: "The same counters per campaign × unit × Beijing day: the dashboard's trend.",
    indexes: [
      {
        name: 'campaignId_unitId_day',
        fields: [
          ['campaignId', 1],
          ['unitId', 1],
          ['day', 1],
        ],
      },
    ],
  },
  {
    name: 'notices',
    purpose: 'Notices (R8) the city union or a chair publishes to a unit and everything under it.',
    indexes: [
      {
        name: 'audienceUnitId_status_publishedAt',
        fields: [
          ['audienceUnitId', 1],
          ['status', 1],
          ['publishedAt', -1],
        ],
      },
      {
        // The home page's pinned notices: those addressed to the caller's path and pinned until later.
        name: 'audienceUnitId_status_pinnedUntil',
        fields: [
          ['audienceUnitId', 1],
          ['status', 1],
          ['pinnedUntil', -1],
        ],
      },
    ],
  },
  {
    name: 'notice_reads',
    purpose: 'Who has read which notice, once each (_id noticeId:userId).',
    indexes: [],
  },
  {
    name: 'notice_receipts',
    purpose: 'Per notice × unit read counters, rolled up the tree: read receipts without counting reads.',
    indexes: [{ name: 'noticeId', fields: [['noticeId', 1]] }],
  },
]
