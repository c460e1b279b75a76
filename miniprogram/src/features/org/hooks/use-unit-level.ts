// One level of the union tree (org.units): a parent, its active children and the way back up.
// `rootId` limits how far up the breadcrumbs reach (a chair's own union); omitted: the city union.
import { useCallback, useEffect, useState } from 'react'
import type { UnitNode } from '@contract/entities/people'
import { useCloudQuery } from '../../../hooks/use-cloud-query'

export interface UnitLevel {
  parent: UnitNode | null | undefined
  children: UnitNode[]
  /** From the root down to the parent, for going back up. */
  crumbs: UnitNode[]
  loading: boolean
  error: ReturnType<typeof useCloudQuery>['error']
  open: (unitId: string | undefined) => void
  reload: () => Promise<void>
}

export function useUnitLevel(rootId?: string): UnitLevel {
  const [parentId, setParentId] = useState<string | undefined>(rootId)
  useEffect(() => setParentId(rootId), [rootId])
  const { data, error, loading, reload } = useCloudQuery('org.units', parentId ? { parentId } : {})
  const path = data?.path ?? []
  const start = rootId ? path.findIndex((u) => u.id === rootId) : 0
  const open = useCallback((unitId: string | undefined) => setParentId(unitId), [])
  return {
    parent: data?.parent,
    children: data?.children ?? [],
    crumbs: start >= 0 ? path.slice(start) : path,
    loading,
    error,
    open,
    reload,
  }
}
