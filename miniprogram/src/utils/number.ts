// Numbers as people read them: 30000 → "30,000". Written out by hand because Intl is missing or
// partial on some old phones' JS engines.
export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : ''
  const digits = String(Math.floor(Math.abs(n)))
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Whole percent of a goal reached, 0–100 for the bar; `over` when the goal is passed. */
export function progressOf(count: number, goal: number): { percent: number; over: boolean } {
  if (goal <= 0) return { percent: 0, over: false }
  const raw = Math.floor((count / goal) * 100)
  return { percent: Math.max(0, Math.min(100, raw)), over: count > goal }
}
