// Aho–Corasick automaton: finds every occurrence of every pattern in one pass over the text, so a few
// hundred keywords cost the same as one. Works on code points (Array.from), not UTF-16 units.

export interface AhoHit<T> {
  /** Index (in code points) of the first character of the match. */
  start: number
  /** Index just past the last character. */
  end: number
  pattern: string
  value: T
}

interface Node<T> {
  next: Map<string, number>
  fail: number
  /** Patterns ending exactly here. */
  out: Array<{ pattern: string; length: number; value: T }>
  /** Nearest node on the fail chain that has output (-1 if none), so matches are collected without walking dead links. */
  outLink: number
}

export class AhoCorasick<T> {
  private readonly nodes: Array<Node<T>> = [newNode()]
  private built = false

  add(pattern: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()')
    const chars = Array.from(pattern)
    if (chars.length === 0) return
    let state = 0
    for (const ch of chars) {
      let next = this.nodes[state].next.get(ch)
      if (next === undefined) {
        next = this.nodes.length
        this.nodes.push(newNode())
        this.nodes[state].next.set(ch, next)
      }
      state = next
    }
    this.nodes[state].out.push({ pattern, length: chars.length, value })
  }

  build(): this {
    const queue: number[] = []
    for (const child of this.nodes[0].next.values()) {
      this.nodes[child].fail = 0
      queue.push(child)
    }
    for (let i = 0; i < queue.length; i++) {
      const state = queue[i]
      for (const [ch, child] of this.nodes[state].next) {
        let f = this.nodes[state].fail
        while (f !== 0 && !this.nodes[f].next.has(ch)) f = this.nodes[f].fail
        const target = this.nodes[f].next.get(ch)
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0
        const failNode = this.nodes[this.nodes[child].fail]
        this.nodes[child].outLink = failNode.out.length > 0 ? this.nodes[child].fail : failNode.outLink
        queue.push(child)
      }
    }
    this.built = true
    return this
  }

  /** All matches, overlapping ones included, ordered by end position. */
  search(text: string | string[]): Array<AhoHit<T>> {
    if (!this.built) this.build()
    const chars = typeof text === 'string' ? Array.from(text) : text
    const hits: Array<AhoHit<T>> = []
    let state = 0
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]
      while (state !== 0 && !this.nodes[state].next.has(ch)) state = this.nodes[state].fail
      state = this.nodes[state].next.get(ch) ?? 0
      // The root never has output, so its outLink (-1) and index (0) both end the walk.
      for (let s = state; s > 0; s = this.nodes[s].outLink) {
        for (const o of this.nodes[s].out) hits.push({ start: i + 1 - o.length, end: i + 1, pattern: o.pattern, value: o.value })
      }
    }
    return hits
  }
}

function newNode<T>(): Node<T> {
  return { next: new Map(), fail: 0, out: [], outLink: -1 }
}
