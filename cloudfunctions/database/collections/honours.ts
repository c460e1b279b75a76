import type { CollectionDecl } from '../schema'

// Honours (R2/R3): quotas, nominations, the public notice and its objections, stories, certificates.
export const honoursCollections: readonly CollectionDecl[] = [
  {
    name: 'honour_rounds',
    purpose: 'The honours line of a campaign (_id the campaign): the public notice window and the certificate sequence.',
    indexes: [],
  },
  {
    name: 'honour_quotas',
    purpose: 'Nomination quotas (_id campaign:unit): the city gives area unions theirs, they split them among units; `free` moves only by conditional update.',
    indexes: [
      {
        name: 'campaignId_parentId',
        fields: [
          ['campaignId', 1],
          ['parentId', 1],
        ],
      },
    ],
  },
  {
    name: 'honour_nominations',
    purpose: 'Nominations of advanced workers (R3): the person, job, honour, deeds, consent; status through review, notice and commendation.',
    indexes: [
      // a unit's own nominations, latest change first
      {
        name: 'unitId_updatedAt',
        fields: [
          ['unitId', 1],
          ['updatedAt', -1],
        ],
      },
      // a union's review queue, oldest first
      {
        name: 'reviewUnitId_status_submittedAt',
        fields: [
          ['reviewUnitId', 1],
          ['status', 1],
          ['submittedAt', 1],
        ],
      },
      // the public notice in its order, and the city's publish/commend sweeps
      {
        name: 'campaignId_status_noticeSeq',
        fields: [
          ['campaignId', 1],
          ['status', 1],
          ['noticeSeq', 1],
        ],
      },
      // the nominee's own (我的)
      { name: 'nomineeUserId', fields: [['nomineeUserId', 1]] },
      { name: 'unitPath', fields: [['unitPath', 1]] },
    ],
  },
  {
    name: 'honour_nominee_keys',
    purpose: 'One document per nominated person per campaign (_id campaign:person): nobody is put forward twice, by construction.',
    indexes: [],
  },
  {
    name: 'honour_objections',
    purpose: 'Objections to nominees on the notice (_id a hash of nomination and objector: one each by construction); read by the city union only.',
    indexes: [
      {
        name: 'status_createdAt',
        fields: [
          ['status', 1],
          ['createdAt', 1],
        ],
      },
      {
        name: 'nominationId_status',
        fields: [
          ['nominationId', 1],
          ['status', 1],
        ],
      },
    ],
  },
  {
    name: 'honour_objection_days',
    purpose: 'How many objections a person sent on a day (_id objector:day), raised only while below the daily limit.',
    indexes: [],
  },
  {
    name: 'honour_stories',
    purpose: '匠心筑梦 feature stories (_id story-<nomination>: one per commended worker), structured blocks, draft → review → published, likes count.',
    indexes: [
      {
        name: 'status_publishedAt',
        fields: [
          ['status', 1],
          ['publishedAt', -1],
        ],
      },
      { name: 'updatedAt', fields: [['updatedAt', -1]] },
      {
        name: 'status_updatedAt',
        fields: [
          ['status', 1],
          ['updatedAt', -1],
        ],
      },
    ],
  },
  {
    name: 'honour_story_likes',
    purpose: 'One document per person per liked story (_id story:person): a like counts once by construction.',
    indexes: [{ name: 'storyId', fields: [['storyId', 1]] }],
  },
  {
    name: 'certificates',
    purpose: 'E-certificates of commended workers (_id the certificate number): what the public verification page answers, and the image once drawn.',
    indexes: [{ name: 'nominationId', fields: [['nominationId', 1]] }],
  },
  {
    name: 'honour_seals',
    purpose: 'The union seal printed on new certificates (_id "city"): the one in use and the latest upload while its media check runs.',
    indexes: [],
  },
]
