import type { CollectionDecl } from './schema'

// Every collection the product uses. A collection not listed here does not exist: the local cloud
// answers DATABASE_COLLECTION_NOT_EXIST for it, as the cloud does for one never created.
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
      { name: 'parentId', fields: [['parentId', 1]] },
      { name: 'path', fields: [['path', 1]] },
      { name: 'type_status', fields: [['type', 1], ['status', 1]] },
    ],
  },
  {
    name: 'users',
    purpose: 'People who opened the mini-program: profile, unit, roles.',
    indexes: [
      { name: 'openid', fields: [['_openid', 1]], unique: true },
      { name: 'unitId', fields: [['unitId', 1]] },
    ],
  },
]
