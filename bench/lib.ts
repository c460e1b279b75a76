// Small helpers for `npm run bench`: timing, percentiles, and the figures table that is printed and
// written to bench-results.json so later runs can be compared.
export interface Figure {
  name: string
  value: number
  unit: string
}

export const figures: Figure[] = []

export function record(name: string, value: number, unit: string): void {
  figures.push({ name, value: Math.round(value * 1000) / 1000, unit })
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx]
}

/** Run `fn` n times one after another; answers per-run milliseconds. */
export async function timeSerial(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await fn(i)
    out.push(performance.now() - t)
  }
  return out
}

export function printTable(): void {
  const width = Math.max(...figures.map((f) => f.name.length), 10)
  console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(12)}  unit`)
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(12)}  ----`)
  for (const f of figures) console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(12)}  ${f.unit}`)
}
