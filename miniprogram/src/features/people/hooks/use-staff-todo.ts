// What waits for a member of staff (people.todo), for the counts beside 我的's staff entries. Asked only
// of someone holding a staff role and with a completed profile (the action needs both); asked again each
// time the page shows, so a chair coming back from a review page sees the count go down. A failed call
// just leaves the counts off: the entries work without them.
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Me, StaffTodo } from '@contract/entities/people'
import { call } from '../../../services/cloud'

const STAFF_ROLES = ['unit_chair', 'area_chair', 'judge', 'city_admin']

export function useStaffTodo(me: Pick<Me, 'roles' | 'profileComplete'> | undefined): StaffTodo {
  const [todo, setTodo] = useState<StaffTodo>({})
  const asks = Boolean(me?.profileComplete && me.roles.some((r) => STAFF_ROLES.includes(r.role)))
  const latest = useRef(0)

  const reload = useCallback(async () => {
    if (!asks) return setTodo({})
    const ticket = ++latest.current
    const res = await call('people.todo', {})
    if (ticket === latest.current && res.ok) setTodo(res.data)
  }, [asks])

  useEffect(() => {
    void reload()
  }, [reload])
  useDidShow(() => {
    void reload()
  })
  return todo
}

/** The words beside an entry: "3 件待办", nothing when none wait. */
export const todoText = (n: number | undefined): string | undefined => (n ? `${n > 99 ? '99+' : n} 件待办` : undefined)

/** Where the waiting is, when a count alone does not say: 竞赛管理 names the competition. */
export function todoWhere(key: string, todo: StaffTodo): string | undefined {
  if (key !== 'competition-manage' || !todo.pendingCompetitions?.length) return undefined
  const [first, ...rest] = todo.pendingCompetitions
  return `「${first.title}」${first.pending} 人待审核${rest.length ? `，另有 ${rest.length} 项竞赛` : ''}`
}
