// After a decision made on one page (a detail page opened from a list), every list still on the page
// stack that showed the entry shows its new state at once: the deciding page announces it, each list
// follows. Coming back to a list also reloads it (usePageRefresh's reloadOnShow); this does not wait for
// that, and does not depend on how the person got back.
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

export type DecidedKind = 'idea' | 'work' | 'signup' | 'join'

export interface Decided {
  kind: DecidedKind
  id: string
  /** The entry's status after the decision. */
  status: string
}

const EVENT = 'zg:decided'

export function announceDecided(d: Decided): void {
  Taro.eventCenter.trigger(EVENT, d)
}

interface FollowingList<T> {
  setItems: (update: (items: T[]) => T[]) => void
  reload: () => Promise<unknown>
}

/**
 * A list of entries of `kind` follows decisions made elsewhere: an entry whose new status the list
 * does not show (`shows`) leaves it; one it still shows takes the new status; then the list is read
 * again quietly, so anything else that moved is right too.
 */
export function useFollowDecisions<T extends { id: string; status: string }>(
  kind: DecidedKind,
  list: FollowingList<T>,
  shows: (status: string) => boolean,
): void {
  const latest = useRef({ list, shows })
  latest.current = { list, shows }
  useEffect(() => {
    const handler = (d: Decided) => {
      if (d.kind !== kind) return
      const { list: l, shows: s } = latest.current
      l.setItems((items) => (s(d.status) ? items.map((x) => (x.id === d.id ? { ...x, status: d.status } : x)) : items.filter((x) => x.id !== d.id)))
      void l.reload()
    }
    Taro.eventCenter.on(EVENT, handler)
    return () => {
      Taro.eventCenter.off(EVENT, handler)
    }
  }, [kind])
}
