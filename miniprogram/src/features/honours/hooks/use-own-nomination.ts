// The nomination a chair continues (a draft or a returned one), read from the unit's own list: there is
// no action for a single nomination, and a grassroots union holds a handful. No id: a new one.
import { useCallback, useEffect, useState } from 'react'
import type { NominationView } from '@contract/entities/honours'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'

export function useOwnNomination(unitId: string, id: string | undefined) {
  const [data, setData] = useState<{ nomination: NominationView | undefined }>()
  const [error, setError] = useState<AppErrorBody>()
  const [loading, setLoading] = useState(true)
  const reload = useCallback(async () => {
    setLoading(true)
    setError(undefined)
    if (!id) {
      setData({ nomination: undefined })
      return setLoading(false)
    }
    for (let page = 1; ; page++) {
      const res = await call('honours.nominations', { unitId, view: 'own', page })
      if (!res.ok) {
        setError(res.error)
        return setLoading(false)
      }
      const found = res.data.items.find((n) => n.id === id)
      if (found || !res.data.hasMore) {
        setData({ nomination: found })
        return setLoading(false)
      }
    }
  }, [unitId, id])
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, error, loading, reload }
}
