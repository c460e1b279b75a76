import type { CollectionDecl } from './schema'
import { orgCollections } from './collections/org'
import { campaignCollections } from './collections/campaign'
import { competitionCollections } from './collections/competition'
import { platformCollections } from './collections/platform'
import { worksCollections } from './collections/works'
import { ideasCollections } from './collections/ideas'
import { careCollections } from './collections/care'
import { honoursCollections } from './collections/honours'
import { reportsCollections } from './collections/reports'

// Every collection the product uses. A collection not listed here does not exist: the local cloud
// answers DATABASE_COLLECTION_NOT_EXIST for it, as the cloud does for one never created.
// Records that belong to a unit carry `unitPath` (the unit's ancestors and itself, city first), so a
// chair's lists are one indexed query and a scope check needs no extra read.
// Each domain declares its own in collections/<domain>.ts.
export const collections: readonly CollectionDecl[] = [
  ...orgCollections,
  ...campaignCollections,
  ...competitionCollections,
  ...platformCollections,
  ...worksCollections,
  ...ideasCollections,
  ...careCollections,
  ...honoursCollections,
  ...reportsCollections,
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
  'reports',
] as const
