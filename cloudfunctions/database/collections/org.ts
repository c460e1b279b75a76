import type { CollectionDecl } from '../schema'

// The union tree, the people in it and how they join it (org and people functions).
export const orgCollections: readonly CollectionDecl[] = [
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
]
