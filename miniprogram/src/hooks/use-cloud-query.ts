// Loads one action's answer for a page: loading / data / error, reload (pull-down refresh, retry).
// A reload keeps the previous data on screen while it runs.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionName, InputOf, OutputOf } from '@contract/actions/index'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../services/cloud'

export interface CloudQuery<T> {
  data: T | undefined
  error: AppErrorBody | undefined
  loading: boolean
  reload: () => Promise<void>
}

export function useCloudQuery<N extends ActionName>(name: N, input: InputOf<N>): CloudQuery<OutputOf<N>> {
  const [data, setData] = useState<OutputOf<N>>()
  const [error, setError] = useState<AppErrorBody>()
  const [loading, setLoading] = useState(true)
  const key = JSON.stringify(input)
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setLoading(true)
    const res = await call(name, JSON.parse(key) as InputOf<N>)
    if (ticket !== latest.current) return
    if (res.ok) {
      setData(res.data)
      setError(undefined)
    } else {
      setError(res.error)
    }
    setLoading(false)
  }, [name, key])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}
