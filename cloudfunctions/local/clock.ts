// A movable clock for the browser tests, off unless the local server is started with --test-clock.
// Some rules wait on real time (a public notice runs at least HONOUR_LIMITS.noticeDays before the city may
// commend); an end-to-end run cannot wait days. The cloud functions run in the local server's process and
// read the time through Date.now() (cloudfunctions/src/lib/handler.ts passes `now: Date.now()` to every
// handler), so shifting Date.now in this process moves the time every invocation sees. Time only moves
// forward, as it does in the cloud.

export const MAX_ADVANCE_MS = 400 * 24 * 60 * 60 * 1000

export interface TestClock {
  /** Moves the clock forward by `ms`; answers the total offset from the real time. */
  advance(ms: number): number
  offsetMs(): number
  /** Puts the real Date.now back. */
  uninstall(): void
}

export class ClockInputError extends Error {}

export function installTestClock(): TestClock {
  const realNow = Date.now
  let offset = 0
  Date.now = () => realNow.call(Date) + offset
  return {
    advance(ms: number) {
      if (typeof ms !== 'number' || !Number.isInteger(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) {
        throw new ClockInputError(`advanceMs: a whole number of milliseconds, 1 to ${MAX_ADVANCE_MS}`)
      }
      offset += ms
      return offset
    },
    offsetMs: () => offset,
    uninstall() {
      Date.now = realNow
    },
  }
}
