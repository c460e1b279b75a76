// The similarity index of one function instance, kept warm between invocations. A cold instance loads
// the terms of every submitted idea once (about 1,000, in pages of 1,000); after that each lookup asks
// the database one indexed question — "what changed since I last looked?" (`simAt`, stamped by every
// submission and status change) — and applies the answer. A lookup while typing is therefore one round
// trip plus arithmetic in memory.
//
// Instances' clocks may differ a little: each catch-up looks back SKEW_MS before the newest stamp it has
// seen (re-applying a change is harmless), and the whole index is reloaded every RELOAD_MS as a backstop.
import type { IdeaStatus, IdeaType, SimilarIdea } from '../../../../../types/entities/ideas'
import { REVIEWED, ideasStampedSince, type IdeaDoc } from '../repo'
import { SimilarityIndex } from './index'
import type { TermCounts } from './terms'

export interface IdeaMeta {
  status: IdeaStatus
  type: IdeaType
  title: string
  unitPath: string[]
  authorIds: string[]
}

/** Who is looking decides which ideas may be hinted at. */
export type Viewer =
  | { kind: 'author'; userId: string }
  | { kind: 'chair'; userId: string; units: string[] }
  | { kind: 'judge'; userId: string }
  | { kind: 'city'; userId: string }

/** Below this cosine a hint is noise (chosen on the labelled set: precision@3 0.92, recall@3 0.90). */
export const MIN_SIMILARITY = 0.26
const HINTS = 5
const PAGE = 1000
const SKEW_MS = 5000
const RELOAD_MS = 10 * 60 * 1000

let index = new SimilarityIndex<IdeaMeta>()
let newest = -1
let loadedAt = 0

const FIELDS = { _id: true, sim: true, simAt: true, status: true, type: true, title: true, unitPath: true, authorIds: true }

type Row = Pick<IdeaDoc, '_id' | 'sim' | 'simAt' | 'status' | 'type' | 'title' | 'unitPath' | 'authorIds'>

function apply(target: SimilarityIndex<IdeaMeta>, row: Row): void {
  if (!row.sim || row.status === 'draft') {
    target.remove(row._id)
    return
  }
  target.upsert(row._id, row.sim, { status: row.status, type: row.type, title: row.title, unitPath: row.unitPath, authorIds: row.authorIds })
}

/** Rows stamped at or after `from`, oldest first, page by page (a full page continues from its last stamp). */
async function rowsSince(from: number, each: (row: Row) => void): Promise<number> {
  let cursor = from
  let latest = from
  for (;;) {
    const page = await ideasStampedSince<Row>(cursor, PAGE, FIELDS)
    for (const row of page) {
      each(row)
      latest = Math.max(latest, row.simAt ?? latest)
    }
    if (page.length < PAGE) return latest
    const last = page[page.length - 1].simAt ?? cursor
    // A thousand changes in one millisecond never happen; stop rather than loop on them.
    if (last === cursor) return latest
    cursor = last
  }
}

/** Bring this instance's index up to date (one round trip when warm). */
export async function syncIndex(now = Date.now()): Promise<SimilarityIndex<IdeaMeta>> {
  if (newest < 0 || now - loadedAt > RELOAD_MS) {
    const fresh = new SimilarityIndex<IdeaMeta>()
    newest = await rowsSince(0, (row) => apply(fresh, row))
    index = fresh
    loadedAt = now
    return index
  }
  newest = await rowsSince(Math.max(0, newest - SKEW_MS), (row) => apply(index, row))
  return index
}

/** Forget everything (tests that start from an empty database). */
export function resetIndex(): void {
  index = new SimilarityIndex<IdeaMeta>()
  newest = -1
  loadedAt = 0
}

function visibleTo(viewer: Viewer): (meta: IdeaMeta) => boolean {
  const reviewed = (m: IdeaMeta) => REVIEWED.includes(m.status)
  switch (viewer.kind) {
    // Other people's ideas only once their unit has passed them; the viewer's own whatever their state.
    case 'author':
      return (m) => reviewed(m) || m.authorIds.includes(viewer.userId)
    // Anything in the chair's units, and what other units have passed.
    case 'chair':
      return (m) => reviewed(m) || m.unitPath.some((u) => viewer.units.includes(u))
    case 'judge':
      return reviewed
    case 'city':
      return () => true
  }
}

/**
 * The ideas most like `vector` that this viewer may see. The answer names no author or unit: it is
 * shown to judges too.
 */
export async function similarTo(vector: TermCounts, viewer: Viewer, excludeId?: string): Promise<SimilarIdea[]> {
  if (vector.terms.length === 0) return []
  const current = await syncIndex()
  const matches = current.query(vector, { k: HINTS, min: MIN_SIMILARITY, visible: visibleTo(viewer), excludeId })
  return matches.map((m) => ({
    id: m.id,
    title: m.meta.title,
    type: m.meta.type,
    status: m.meta.status,
    similarity: Math.round(m.similarity * 100) / 100,
    mine: m.meta.authorIds.includes(viewer.userId),
  }))
}

/** Similar to an idea already stored (its own terms; itself left out). */
export async function similarToIdea(idea: Pick<IdeaDoc, '_id' | 'sim'>, viewer: Viewer): Promise<SimilarIdea[]> {
  return idea.sim ? similarTo(idea.sim, viewer, idea._id) : []
}
