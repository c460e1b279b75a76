// Double-tap protection for every submit: while the call runs the button shows busy (disabled), and a
// second tap that arrives before React re-renders is ignored too (the ref is set synchronously).
import { useCallback, useRef, useState } from 'react'

export function useSubmit<A extends unknown[], R>(fn: (...args: A) => Promise<R>): { run: (...args: A) => Promise<R | undefined>; busy: boolean } {
  const running = useRef(false)
  const latest = useRef(fn)
  latest.current = fn
  const [busy, setBusy] = useState(false)

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (running.current) return undefined
    running.current = true
    setBusy(true)
    try {
      return await latest.current(...args)
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])

  return { run, busy }
}
