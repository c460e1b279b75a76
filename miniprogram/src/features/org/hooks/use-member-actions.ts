// A chair's two irreversible actions on a member: 移出 (leaves the unit) and 调动 (moves to another unit
// the chair manages). Both need a reason, which is recorded; the list shows the new state at once.
import { useState } from 'react'
import type { Member, UnitRef } from '@contract/entities/people'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import type { PagedList } from '../../../hooks/use-paged-list'

export type MemberAction = { kind: 'remove'; member: Member } | { kind: 'transfer'; member: Member; to?: UnitRef }

export function useMemberActions(list: PagedList<Member>) {
  const [open, setOpen] = useState<MemberAction>()
  const [busy, setBusy] = useState(false)

  const finish = async (reason: string) => {
    if (!open || busy) return
    setBusy(true)
    if (open.kind === 'remove') {
      const res = await call('org.removeMember', { userId: open.member.userId, reason })
      setBusy(false)
      if (!res.ok) return toastError(res.error)
      list.setItems((items) => items.filter((m) => m.userId !== open.member.userId))
      toastDone('已移出')
    } else {
      if (!open.to) return setBusy(false)
      const res = await call('org.transferMember', { userId: open.member.userId, unitId: open.to.id, reason })
      setBusy(false)
      if (!res.ok) return toastError(res.error)
      // The units offered are the ones under this unit: the person stays in this list, with the new unit.
      const moved = res.data
      list.setItems((items) => items.map((m) => (m.userId === moved.userId ? moved : m)))
      toastDone('已调动')
    }
    setOpen(undefined)
  }

  return {
    open,
    busy,
    remove: (member: Member) => setOpen({ kind: 'remove', member }),
    transfer: (member: Member) => setOpen({ kind: 'transfer', member }),
    pickUnit: (to: UnitRef) => setOpen((o) => (o && o.kind === 'transfer' ? { ...o, to } : o)),
    cancel: () => setOpen(undefined),
    finish,
  }
}
