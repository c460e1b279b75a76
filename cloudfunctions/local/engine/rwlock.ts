// Readers share, writers exclude, writers waiting go first. Reads in the engine are synchronous once
// admitted, so a reader never holds the lock across an await; writers hold it across nedb's
// persistence so that a multi-step write (a transaction commit) is seen whole or not at all.
type Waiter = { write: boolean; resolve: () => void }

export class RWLock {
  private readers = 0
  private writer = false
  private queue: Waiter[] = []

  read(): Promise<void> | void {
    if (!this.writer && this.queue.length === 0) {
      this.readers++
      return
    }
    return new Promise((resolve) => this.queue.push({ write: false, resolve }))
  }

  releaseRead(): void {
    this.readers--
    this.drain()
  }

  write(): Promise<void> | void {
    if (!this.writer && this.readers === 0 && this.queue.length === 0) {
      this.writer = true
      return
    }
    return new Promise((resolve) => this.queue.push({ write: true, resolve }))
  }

  releaseWrite(): void {
    this.writer = false
    this.drain()
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]
      if (next.write) {
        if (this.writer || this.readers > 0) return
        this.writer = true
        this.queue.shift()
        next.resolve()
        return
      }
      if (this.writer) return
      this.readers++
      this.queue.shift()
      next.resolve()
    }
  }
}
