// Giving and taking back roles on a unit (org.grantRole / org.revokeRole): the roles offered are
// only those the caller may give there; taking one back is confirmed first. `onChanged` reloads the
// holders and the history.
import { useState } from 'react'
import type { Me, Member, RoleHolder, UnitRef } from '@contract/entities/people'
import { ROLE_LABELS, type GrantableRole } from '@contract/roles'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { grantableRoles } from '../staff'
import { useSubmit } from '../../../hooks/use-submit'

/** Chairs and admins are chosen from the unit's own members; a judge may come from anywhere below. */
export const eligibleFor = (role: GrantableRole, unit: Pick<UnitRef, 'id'>, member: Member) => role === 'judge' || member.unit.id === unit.id

export function useRoleAdmin(me: Me | undefined, unit: UnitRef | undefined, onChanged: () => void) {
  const roles = unit ? grantableRoles(me, unit) : []
  const [granting, setGranting] = useState(false)
  const [role, setRole] = useState<GrantableRole>()
  const [member, setMember] = useState<Member>()
  const [error, setError] = useState<string>()

  const start = () => {
    setRole(roles.length === 1 ? roles[0] : undefined)
    setMember(undefined)
    setError(undefined)
    setGranting(true)
  }

  const grant = useSubmit(async () => {
    if (!unit || !role || !member) return
    const res = await call('org.grantRole', { userId: member.userId, role, unitId: unit.id })
    if (!res.ok) return setError(res.error.message)
    setGranting(false)
    toastDone(`已任命${member.realName}`)
    onChanged()
  })

  const revoke = useSubmit(async (holder: RoleHolder) => {
    const ok = await confirm({
      title: '免去职务',
      content: `免去 ${holder.realName} 的「${holder.unit.name}」${ROLE_LABELS[holder.role]}职务？`,
      confirmText: '免去',
      danger: true,
    })
    if (!ok) return
    const res = await call('org.revokeRole', { userId: holder.userId, role: holder.role, unitId: holder.unit.id })
    if (!res.ok) return toastError(res.error)
    toastDone('已免去')
    onChanged()
  })

  return {
    roles,
    canRevoke: (h: RoleHolder) => grantableRoles(me, h.unit).includes(h.role),
    granting,
    start,
    close: () => setGranting(false),
    role,
    setRole: (r: GrantableRole) => {
      setRole(r)
      setMember(undefined)
      setError(undefined)
    },
    member,
    setMember: (m: Member) => {
      setMember(m)
      setError(undefined)
    },
    error,
    grant: () => void grant.run(),
    grantBusy: grant.busy,
    revoke: (h: RoleHolder) => void revoke.run(h),
    revokeBusy: revoke.busy,
  }
}
