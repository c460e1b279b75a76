// How good the similar-idea hints are, measured on the labelled set (labelled-set.json): every idea in
// turn is "being written" while all the others are already in, and we look at the top 3 hints the
// product would show (those above its threshold).
// - precision@3: of all the hints shown, the share that are true near-duplicates. Every idea is a query,
//   the distinct ones included, so a hint shown for an idea that has no duplicate counts against it,
//   as it would for the person reading it.
// - recall@3: for ideas that do have duplicates, the share of them found in the top 3 (out of at most 3).
import labelled from './labelled-set.json'
import { SimilarityIndex } from './index'
import { termsOf } from './terms'

export interface LabelledIdea {
  id: string
  group: string | null
  title: string
  problem: string
  proposal: string
}

export interface Evaluation {
  ideas: number
  groups: number
  queries: number
  shown: number
  precisionAt3: number
  recallAt3: number
  /** Ideas with duplicates whose first hint is one of them. */
  hitAt1: number
}

export const LABELLED: LabelledIdea[] = (labelled as { ideas: LabelledIdea[] }).ideas

export function evaluate(options: { k?: number; min: number }, set: LabelledIdea[] = LABELLED): Evaluation {
  const k = options.k ?? 3
  const index = new SimilarityIndex<{ group: string | null }>()
  const vectors = new Map(set.map((i) => [i.id, termsOf(i)]))
  for (const i of set) index.upsert(i.id, vectors.get(i.id)!, { group: i.group })
  let shown = 0
  let relevantShown = 0
  let recallSum = 0
  let hit1 = 0
  let withGroup = 0
  for (const q of set) {
    const hits = index.query(vectors.get(q.id)!, { k, min: options.min, excludeId: q.id })
    shown += hits.length
    const good = hits.filter((h) => q.group !== null && h.meta.group === q.group).length
    relevantShown += good
    if (q.group !== null) {
      const relevant = set.filter((i) => i.group === q.group && i.id !== q.id).length
      withGroup++
      recallSum += good / Math.min(k, relevant)
      if (hits[0]?.meta.group === q.group) hit1++
    }
  }
  return {
    ideas: set.length,
    groups: new Set(set.map((i) => i.group).filter(Boolean)).size,
    queries: set.length,
    shown,
    precisionAt3: shown ? relevantShown / shown : 0,
    recallAt3: withGroup ? recallSum / withGroup : 0,
    hitAt1: withGroup ? hit1 / withGroup : 0,
  }
}
