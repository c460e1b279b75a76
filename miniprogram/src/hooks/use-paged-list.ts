// The one list hook: an action answering Page<T> (org.members, org.joinRequests, org.roleHistory …),
// first page on mount or when the input changes, the next page on reach-bottom, pull-down refresh
// from page 1. `input: null` waits (e.g. until a unit is chosen).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '@contract/contract'
import type { ActionName, InputOf, OutputOf } from '@contract/actions/index'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../services/cloud'

type PagedAction = { [N in ActionName]: OutputOf<N> extends Page<unknown> ? N : never }[ActionName]
export type ItemOf<N extends PagedAction> = OutputOf<N> extends Page<infer T> ? T : never

/** A paged list as pages show it (ListBody draws one). */
export interface ListState<T> {
  items: T[]
  hasMore: boolean
  /** The first page is on its way (nothing to show yet, or a refresh). */
  loading: boolean
  loadingMore: boolean
  error: AppErrorBody | undefined
  reload: () => Promise<unknown>
  loadMore: () => Promise<unknown>
}

export interface PagedList<T> extends ListState<T> {
  reload: () => Promise<void>
  loadMore: () => Promise<void>
  /** Local edits after an action (a decided request leaves the list) without a round trip. */
  setItems: (update: (items: T[]) => T[]) => void
}

export function usePagedList<N extends PagedAction>(name: N, input: Omit<InputOf<N>, 'page'> | null): PagedList<ItemOf<N>> {
  const [items, setItemsState] = useState<ItemOf<N>[]>([])
  const [hasMore, setHasMore] = useState(false)
  const [loading, setLoading] = useState(input !== null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<AppErrorBody>()
  const page = useRef(1)
  const ticket = useRef(0)
  const busyMore = useRef(false)
  const key = input === null ? null : JSON.stringify(input)

  const fetchPage = useCallback((n: number) => call(name, { ...(JSON.parse(key as string) as object), page: n } as InputOf<N>), [name, key])

  const reload = useCallback(async () => {
    if (key === null) return
    const mine = ++ticket.current
    setLoading(true)
    const res = await fetchPage(1)
    if (mine !== ticket.current) return
    if (res.ok) {
      const data = res.data as Page<ItemOf<N>>
      page.current = 1
      setItemsState(data.items)
      setHasMore(data.hasMore)
      setError(undefined)
    } else {
      setError(res.error)
    }
    setLoading(false)
  }, [fetchPage, key])

  const loadMore = useCallback(async () => {
    if (key === null || !hasMore || busyMore.current || loading) return
    busyMore.current = true
    setLoadingMore(true)
    const mine = ticket.current
    const res = await fetchPage(page.current + 1)
    busyMore.current = false
    setLoadingMore(false)
    if (mine !== ticket.current) return
    if (res.ok) {
      const data = res.data as Page<ItemOf<N>>
      page.current += 1
      setItemsState((prev) => [...prev, ...data.items])
      setHasMore(data.hasMore)
    } else {
      setError(res.error)
    }
  }, [fetchPage, hasMore, key, loading])

  useEffect(() => {
    setItemsState([])
    setHasMore(false)
    if (key === null) {
      setLoading(false)
      return
    }
    void reload()
  }, [key, reload])

  const setItems = useCallback((update: (items: ItemOf<N>[]) => ItemOf<N>[]) => setItemsState(update), [])

  return { items, hasMore, loading, loadingMore, error, reload, loadMore, setItems }
}
