// Changing the union tree: create a unit under a parent (of a type the parent allows), rename, move
// under another parent within the caller's reach, retire (after a confirm that explains the rule
// about units below). `onChanged` reloads what the page shows.
import { useState } from 'react'
import type { UnitNode, UnitRef } from '@contract/entities/people'
import { CHILD_UNIT_TYPES, UNIT_TYPE_LABELS, type UnitType } from '@contract/roles'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { useSubmit } from '../../../hooks/use-submit'

export type CreatableType = Exclude<UnitType, 'city'>

/** Types a new unit under `parent` may have. */
export const childTypesOf = (parent: Pick<UnitRef, 'type'>) => CHILD_UNIT_TYPES[parent.type] as CreatableType[]

/** Whether `parent` may hold a unit of `type` directly. */
export const canHold = (parent: Pick<UnitRef, 'type'>, type: UnitType) => CHILD_UNIT_TYPES[parent.type].includes(type)

export type UnitDialog = { kind: 'create'; parent: UnitNode } | { kind: 'rename'; unit: UnitNode } | { kind: 'move'; unit: UnitNode }

/**
 * Where a unit may move: units within the caller's reach that can hold its type. The tree is
 * city → industry/township → grassroots, so the roots and their children are every candidate.
 */
export async function moveTargets(unit: UnitNode, roots: UnitRef[]): Promise<UnitNode[]> {
  const out = new Map<string, UnitNode>()
  for (const root of roots) {
    const res = await call('org.units', { parentId: root.id })
    if (!res.ok) continue
    if (res.data.parent && canHold(res.data.parent, unit.type)) out.set(res.data.parent.id, res.data.parent)
    for (const c of res.data.children) if (canHold(c, unit.type)) out.set(c.id, c)
  }
  out.delete(unit.id)
  if (unit.parentId) out.delete(unit.parentId)
  return [...out.values()]
}

export function useUnitAdmin(onChanged: () => void) {
  const [dialog, setDialog] = useState<UnitDialog>()
  const [error, setError] = useState<string>()

  const open = (d: UnitDialog | undefined) => {
    setError(undefined)
    setDialog(d)
  }

  const done = (message: string) => {
    open(undefined)
    toastDone(message)
    onChanged()
  }

  const create = useSubmit(async (parent: UnitNode, name: string, type: CreatableType) => {
    const res = await call('org.createUnit', { parentId: parent.id, name: name.trim(), type })
    if (!res.ok) return setError(res.error.issues?.[0]?.message ?? res.error.message)
    done(`已新建${UNIT_TYPE_LABELS[type]}`)
  })

  const rename = useSubmit(async (unit: UnitNode, name: string) => {
    const res = await call('org.renameUnit', { unitId: unit.id, name: name.trim() })
    if (!res.ok) return setError(res.error.issues?.[0]?.message ?? res.error.message)
    done('已更名')
  })

  const move = useSubmit(async (unit: UnitNode, target: UnitNode) => {
    const ok = await confirm({ title: '移动单位', content: `把「${unit.name}」连同它的成员移到「${target.name}」下面？`, confirmText: '移动' })
    if (!ok) return
    const res = await call('org.moveUnit', { unitId: unit.id, newParentId: target.id })
    if (!res.ok) return setError(res.error.message)
    done('已移动')
  })

  const retire = useSubmit(async (unit: UnitNode) => {
    const below = unit.childCount > 0 ? `它下面还有 ${unit.childCount} 个单位，需要先把它们移走或撤销。` : ''
    const ok = await confirm({
      title: `撤销「${unit.name}」？`,
      content: `撤销后不能再加入新成员，它的邀请码全部停用。${below}`,
      confirmText: '撤销',
      danger: true,
    })
    if (!ok) return
    const res = await call('org.retireUnit', { unitId: unit.id })
    if (!res.ok) return toastError(res.error)
    done('已撤销')
  })

  return {
    dialog,
    open,
    error,
    clearError: () => setError(undefined),
    create: (parent: UnitNode, name: string, type: CreatableType) => void create.run(parent, name, type),
    rename: (unit: UnitNode, name: string) => void rename.run(unit, name),
    move: (unit: UnitNode, target: UnitNode) => void move.run(unit, target),
    retire: (unit: UnitNode) => void retire.run(unit),
    busy: create.busy || rename.busy || move.busy || retire.busy,
  }
}
