// TF-IDF cosine over the terms of terms.ts, in memory, with an inverted index: a lookup touches only
// the ideas that share a term with the query, so 1,000 ideas answer in well under a millisecond.
// Each idea keeps its raw term counts; weights (1 + ln tf) · idf · kind are derived here, because idf
// moves as ideas arrive. Document norms are recomputed lazily after a change (a few ms at 1,000).
import { kindWeight, type TermCounts } from './terms'

export interface Match<M> {
  id: string
  similarity: number
  meta: M
}

interface Doc<M> {
  terms: string[]
  counts: number[]
  meta: M
  norm: number
}

export interface QueryOptions<M> {
  /** How many to answer. */
  k: number
  /** Below this cosine a hint is noise and is not shown. */
  min: number
  /** Which ideas this viewer may see. */
  visible?: (meta: M, id: string) => boolean
  excludeId?: string
}

const tfWeight = (count: number) => 1 + Math.log(count)

export class SimilarityIndex<M> {
  private docs = new Map<string, Doc<M>>()
  private postings = new Map<string, Map<string, number>>()
  private normsStale = true

  get size(): number {
    return this.docs.size
  }

  has(id: string): boolean {
    return this.docs.has(id)
  }

  private idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0
    return Math.log((this.docs.size + 1) / (df + 1)) + 1
  }

  upsert(id: string, vector: TermCounts, meta: M): void {
    const old = this.docs.get(id)
    if (old && sameVector(old, vector)) {
      // A status change only: the vector, and so every weight, is as it was.
      old.meta = meta
      return
    }
    if (old) this.unlink(id, old)
    this.docs.set(id, { terms: vector.terms, counts: vector.counts, meta, norm: 0 })
    vector.terms.forEach((t, i) => {
      let list = this.postings.get(t)
      if (!list) this.postings.set(t, (list = new Map()))
      list.set(id, vector.counts[i])
    })
    this.normsStale = true
  }

  remove(id: string): void {
    const old = this.docs.get(id)
    if (!old) return
    this.unlink(id, old)
    this.docs.delete(id)
    this.normsStale = true
  }

  private unlink(id: string, doc: Doc<M>): void {
    for (const t of doc.terms) {
      const list = this.postings.get(t)
      list?.delete(id)
      if (list && list.size === 0) this.postings.delete(t)
    }
  }

  private refreshNorms(): void {
    if (!this.normsStale) return
    const idf = new Map<string, number>()
    for (const t of this.postings.keys()) idf.set(t, this.idf(t))
    for (const doc of this.docs.values()) {
      let sum = 0
      doc.terms.forEach((t, i) => {
        const w = tfWeight(doc.counts[i]) * (idf.get(t) ?? 0) * kindWeight(t)
        sum += w * w
      })
      doc.norm = Math.sqrt(sum)
    }
    this.normsStale = false
  }

  query(vector: TermCounts, options: QueryOptions<M>): Array<Match<M>> {
    if (vector.terms.length === 0 || this.docs.size === 0) return []
    this.refreshNorms()
    const dots = new Map<string, number>()
    let qSum = 0
    vector.terms.forEach((t, i) => {
      const idf = this.idf(t)
      const kind = kindWeight(t)
      const qw = tfWeight(vector.counts[i]) * idf * kind
      qSum += qw * qw
      const list = this.postings.get(t)
      if (!list) return
      for (const [id, count] of list) dots.set(id, (dots.get(id) ?? 0) + qw * tfWeight(count) * idf * kind)
    })
    const qNorm = Math.sqrt(qSum)
    const out: Array<Match<M>> = []
    for (const [id, dot] of dots) {
      if (id === options.excludeId) continue
      const doc = this.docs.get(id)!
      const similarity = doc.norm > 0 && qNorm > 0 ? dot / (doc.norm * qNorm) : 0
      if (similarity < options.min) continue
      if (options.visible && !options.visible(doc.meta, id)) continue
      out.push({ id, similarity, meta: doc.meta })
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1))
    return out.slice(0, options.k)
  }

  /** The stored vector of an indexed idea (what a reviewer's "similar to this one" starts from). */
  vectorOf(id: string): TermCounts | undefined {
    const doc = this.docs.get(id)
    return doc ? { terms: doc.terms, counts: doc.counts } : undefined
  }
}

function sameVector(doc: TermCounts, v: TermCounts): boolean {
  if (doc.terms.length !== v.terms.length) return false
  for (let i = 0; i < v.terms.length; i++) if (doc.terms[i] !== v.terms[i] || doc.counts[i] !== v.counts[i]) return false
  return true
}
