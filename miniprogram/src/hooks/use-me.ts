// The caller (people.me) for a page: the shared copy from services/me, refreshed whenever the page
// shows again (a person coming back from the profile or join page sees the change at once).
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { Me } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import { getMe, refreshMe, subscribeMe } from '../services/me'

export interface MeState {
  me: Me | undefined
  error: AppErrorBody | undefined
  /** True until the first answer (a refresh keeps the known copy on screen). */
  loading: boolean
  reload: () => Promise<void>
}

export function useMe(): MeState {
  const me = useSyncExternalStore(subscribeMe, getMe)
  const [error, setError] = useState<AppErrorBody>()
  const [waiting, setWaiting] = useState(!getMe())

  const reload = useCallback(async () => {
    const res = await refreshMe()
    setError(res.ok ? undefined : res.error)
    setWaiting(false)
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])
  // Concurrent refreshes share one call, so the first show right after mount costs nothing extra.
  useDidShow(() => {
    void reload()
  })

  return { me, error, loading: !me && waiting, reload }
}
