import type { CollectionDecl } from './schema'

// Every collection the product uses. A collection not listed here does not exist: the local cloud
// answers DATABASE_COLLECTION_NOT_EXIST for it, as the cloud does for one never created.
// Records that belong to a unit carry `unitPath` (the unit's ancestors and itself, city first), so a
// chair's lists are one indexed query and a scope check needs no extra read.
export const collections: readonly CollectionDecl[] = [
  {
    name: 'campaigns',
    purpose: 'The campaign (R1): theme, dates, activity lines, targets and their live counts.',
    indexes: [{ name: 'status_startAt', fields: [['status', 1], ['startAt', -1]] }],
  },
  {
    name: 'units',
    purpose: 'The union tree: the city union, industry and township unions, grassroots unit unions.',
    indexes: [
      // parentId + '/' + name while active: sibling names stay unique without a count-then-insert.
      { name: 'siblingKey', fields: [['siblingKey', 1]], unique: true },
      { name: 'parentId_status_name', fields: [['parentId', 1], ['status', 1], ['name', 1]] },
      { name: 'path', fields: [['path', 1]] },
      { name: 'status', fields: [['status', 1]] },
    ],
  },
  {
    name: 'users',
    purpose: 'People who opened the mini-program: profile, unit, role grants.',
    indexes: [
      { name: 'openid', fields: [['_openid', 1]], unique: true },
      { name: 'unitId_joinedAt', fields: [['unitId', 1], ['joinedAt', -1]] },
      { name: 'unitPath_joinedAt', fields: [['unitPath', 1], ['joinedAt', -1]] },
      { name: 'roles_unitId', fields: [['roles.unitId', 1]] },
    ],
  },
  {
    name: 'invites',
    purpose: 'Invite codes a chair shares so workers can join a unit; expiring, revocable.',
    indexes: [
      { name: 'code', fields: [['code', 1]], unique: true },
      { name: 'unitId_createdAt', fields: [['unitId', 1], ['createdAt', -1]] },
    ],
  },
  {
    name: 'join_requests',
    purpose: 'Requests to join a unit picked from the tree, waiting for its chair (one per person).',
    indexes: [{ name: 'unitPath_status_requestedAt', fields: [['unitPath', 1], ['status', 1], ['requestedAt', -1]] }],
  },
  {
    name: 'participants',
    purpose: 'Who took part in a campaign (once each), by unit: the 30,000 target and R10.',
    indexes: [{ name: 'campaignId_unitPath', fields: [['campaignId', 1], ['unitPath', 1]] }],
  },
  {
    name: 'competitions',
    purpose: 'Labour competitions, skill contests, sports and training (R4), with capacity and results.',
    indexes: [
      { name: 'status_publishedAt', fields: [['status', 1], ['publishedAt', -1]] },
      { name: 'unitPath_createdAt', fields: [['unitPath', 1], ['createdAt', -1]] },
      { name: 'organizerUnitId_status', fields: [['organizerUnitId', 1], ['status', 1]] },
    ],
  },
  {
    name: 'signups',
    purpose: 'Sign-ups to competitions: individuals and teams, their place or waiting-list position.',
    indexes: [
      { name: 'competitionId_status_seq', fields: [['competitionId', 1], ['status', 1], ['seq', 1]] },
      { name: 'competitionId_ticketCode', fields: [['competitionId', 1], ['ticketCode', 1]], unique: true },
      { name: 'memberIds_createdAt', fields: [['memberIds', 1], ['createdAt', -1]] },
    ],
  },
  {
    name: 'signup_keys',
    purpose: 'One document per person signed up to a competition (_id competition:user): once only, for teams too.',
    indexes: [{ name: 'signupId', fields: [['signupId', 1]] }],
  },
  {
    name: 'media_checks',
    purpose: 'Images sent to WeChat’s asynchronous media check, by trace_id, until the verdict arrives.',
    indexes: [{ name: 'kind_refId', fields: [['kind', 1], ['refId', 1]] }],
  },
  {
    name: 'audit_log',
    purpose: 'Who changed the union tree, roles, invites and memberships, and when.',
    indexes: [{ name: 'unitPath_kind_at', fields: [['unitPath', 1], ['kind', 1], ['at', -1]] }],
  },
]

/**
 * Collections whose documents carry `unitPath`: moving a unit rewrites the paths in each of them
 * (the units themselves keep theirs in `path`).
 * A test checks that every collection with a unitPath index is listed here.
 */
export const UNIT_SCOPED_COLLECTIONS = ['users', 'invites', 'join_requests', 'audit_log', 'participants', 'competitions', 'signups'] as const
