import type { CollectionDecl } from './schema'

// Every collection the product uses. A collection not listed here does not exist: the local cloud
// answers DATABASE_COLLECTION_NOT_EXIST for it, as the cloud does for one never created.
// Records that belong to a unit carry `unitPath` (the unit's ancestors and itself, city first), so a
// chair's lists are one indexed query and a scope check needs no extra read.
export const collections: readonly CollectionDecl[] = [
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
    name: 'units',
    purpose: 'The union tree: the city union, industry and township unions, grassroots unit unions.',
    indexes: [
      // parentId + '/' + name while active: sibling names stay unique without a count-then-insert.
      { name: 'siblingKey', fields: [['siblingKey', 1]], unique: true },
      {
        name: 'parentId_status_name',
        fields: [
          ['parentId', 1],
          ['status', 1],
          ['name', 1],
        ],
      },
      { name: 'path', fields: [['path', 1]] },
      { name: 'status', fields: [['status', 1]] },
      // an import shows every unit it wrote with one update by this key
      {
        name: 'importId_status',
        fields: [
          ['importId', 1],
          ['status', 1],
        ],
      },
    ],
  },
  {
    name: 'users',
    purpose: 'People who opened the mini-program: profile, unit, role grants.',
    indexes: [
      { name: 'openid', fields: [['_openid', 1]], unique: true },
      {
        name: 'unitId_joinedAt',
        fields: [
          ['unitId', 1],
          ['joinedAt', -1],
        ],
      },
      {
        name: 'unitPath_joinedAt',
        fields: [
          ['unitPath', 1],
          ['joinedAt', -1],
        ],
      },
      // Finding members by the start of their name (org.members with a keyword): a prefix pattern can use it.
      {
        name: 'unitPath_realName',
        fields: [
          ['unitPath', 1],
          ['realName', 1],
        ],
      },
      { name: 'roles_unitId', fields: [['roles.unitId', 1]] },
    ],
  },
  {
    name: 'invites',
    purpose: 'Invite codes a chair shares so workers can join a unit; expiring, revocable.',
    indexes: [
      { name: 'code', fields: [['code', 1]], unique: true },
      {
        name: 'unitId_createdAt',
        fields: [
          ['unitId', 1],
          ['createdAt', -1],
        ],
      },
      { name: 'unitPath', fields: [['unitPath', 1]] },
    ],
  },
  {
    name: 'chair_invites',
    purpose: 'Single-use invitations the city union issues for each unit’s chair (day one); expiring, replaced when expired.',
    indexes: [
      { name: 'code', fields: [['code', 1]], unique: true },
      {
        name: 'revokedAt_unitName',
        fields: [
          ['revokedAt', 1],
          ['unitName', 1],
        ],
      },
      { name: 'unitId', fields: [['unitId', 1]] },
    ],
  },
  {
    name: 'setup_state',
    purpose: 'Day one: the claim of an empty environment (one document, so a second claim cannot land) and the hourly budgets of code attempts.',
    indexes: [],
  },
  {
    name: 'join_requests',
    purpose: 'Requests to join a unit picked from the tree, waiting for its chair (one per person).',
    indexes: [
      {
        name: 'unitPath_status_requestedAt',
        fields: [
          ['unitPath', 1],
          ['status', 1],
          ['requestedAt', -1],
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
    name: 'works',
    purpose: 'Works (R5): images and text, status from draft through checks and the chairs to the exhibition, likes count.',
    indexes: [
      // the public gallery: all, and by category; newest selection first
      {
        name: 'status_exhibitedAt',
        fields: [
          ['status', 1],
          ['exhibitedAt', -1],
        ],
      },
      {
        name: 'status_category_exhibitedAt',
        fields: [
          ['status', 1],
          ['category', 1],
          ['exhibitedAt', -1],
        ],
      },
      {
        name: 'authorId_updatedAt',
        fields: [
          ['authorId', 1],
          ['updatedAt', -1],
        ],
      },
      // a unit's review queue, oldest first
      {
        name: 'reviewUnitId_status_submittedAt',
        fields: [
          ['reviewUnitId', 1],
          ['status', 1],
          ['submittedAt', 1],
        ],
      },
      // the city union's pool: recommended works, those passed to the city first
      {
        name: 'status_passes_submittedAt',
        fields: [
          ['status', 1],
          ['passes', -1],
          ['submittedAt', 1],
        ],
      },
      // moving a unit rewrites the paths of the works under it
      { name: 'unitPath', fields: [['unitPath', 1]] },
      // works.reviewHistory: the works a unit's chairs decided on, newest first
      {
        name: 'steps_unitId_updatedAt',
        fields: [
          ['steps.unitId', 1],
          ['updatedAt', -1],
        ],
      },
    ],
  },
  {
    name: 'work_likes',
    purpose: 'One document per person per liked work (_id work:user): a like counts once by construction.',
    indexes: [{ name: 'workId', fields: [['workId', 1]] }],
  },
  {
    name: 'ideas',
    purpose: 'Golden ideas (R6): content, status through unit review, panel and city adoption, score summary, similarity terms.',
    indexes: [
      {
        name: 'authorIds_updatedAt',
        fields: [
          ['authorIds', 1],
          ['updatedAt', -1],
        ],
      },
      {
        name: 'unitPath_status_submittedAt',
        fields: [
          ['unitPath', 1],
          ['status', 1],
          ['submittedAt', -1],
        ],
      },
      {
        name: 'status_forwardedAt',
        fields: [
          ['status', 1],
          ['forwardedAt', -1],
        ],
      },
      {
        name: 'panelId_status_assignedAt',
        fields: [
          ['panelId', 1],
          ['status', 1],
          ['assignedAt', 1],
        ],
      },
      {
        name: 'status_awardRank_adoptedAt',
        fields: [
          ['status', 1],
          ['awardRank', 1],
          ['adoptedAt', -1],
        ],
      },
      {
        name: 'type_status_awardRank_adoptedAt',
        fields: [
          ['type', 1],
          ['status', 1],
          ['awardRank', 1],
          ['adoptedAt', -1],
        ],
      },
      {
        name: 'status_scoreMean',
        fields: [
          ['status', 1],
          ['score.mean', -1],
        ],
      },
      {
        name: 'status_updatedAt',
        fields: [
          ['status', 1],
          ['updatedAt', -1],
        ],
      },
      // The similar-idea cache of each function instance catches up by this stamp.
      { name: 'simAt', fields: [['simAt', 1]] },
    ],
  },
  {
    name: 'idea_scores',
    purpose: 'One judge’s rubric score of one idea (_id idea:judge, so a judge scores an idea once).',
    indexes: [
      {
        name: 'ideaId_scoredAt',
        fields: [
          ['ideaId', 1],
          ['scoredAt', 1],
        ],
      },
      {
        name: 'judgeId_scoredAt',
        fields: [
          ['judgeId', 1],
          ['scoredAt', -1],
        ],
      },
    ],
  },
  {
    name: 'idea_panels',
    purpose: 'Judging panels the city union forms from people holding the judge role.',
    indexes: [
      { name: 'judgeIds', fields: [['judgeIds', 1]] },
      { name: 'createdAt', fields: [['createdAt', 1]] },
    ],
  },
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
    name: 'export_files',
    purpose: 'Excel exports of the lists (works, ideas, honours, members, units) waiting to be deleted from storage a day after they were made.',
    indexes: [{ name: 'at', fields: [['at', 1]] }],
  },
  {
    name: 'care_state',
    purpose: 'The care access log’s head (last sequence number and hash) and the retention setting.',
    sensitive: true,
    indexes: [],
  },
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
    purpose: 'E-certificates of commended workers (_id the certificate number): what the public verification page answers.',
    indexes: [{ name: 'nominationId', fields: [['nominationId', 1]] }],
  },
]

/**
 * Collections whose documents carry `unitPath`: moving a unit rewrites the paths in each of them
 * (the units themselves keep theirs in `path`).
 * A test checks that every collection with a unitPath index is listed here.
 */
export const UNIT_SCOPED_COLLECTIONS = [
  'users',
  'invites',
  'join_requests',
  'audit_log',
  'participants',
  'unit_stats',
  'competitions',
  'signups',
  'ideas',
  'works',
  'care_visits',
  'honour_nominations',
] as const
