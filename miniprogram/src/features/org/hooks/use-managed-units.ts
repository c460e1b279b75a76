// The units a staff page works on: those where the caller holds one of the page's roles (from
// people.me), the widest first, and which one is chosen now.
import { useEffect, useMemo, useState } from 'react'
import type { Me, UnitRef } from '@contract/entities/people'
import type { Role } from '@contract/roles'
import { unitsWithRole } from '../staff'

export function useManagedUnits(me: Me | undefined, roles: readonly Role[]) {
  const units = useMemo(() => unitsWithRole(me, roles), [me, roles])
  const [selectedId, setSelectedId] = useState<string>()
  // Keep the choice while it is still one of theirs; otherwise fall back to the first.
  useEffect(() => {
    if (!units.some((u) => u.id === selectedId)) setSelectedId(units[0]?.id)
  }, [units, selectedId])
  const selected: UnitRef | undefined = units.find((u) => u.id === selectedId) ?? units[0]
  return { units, selected, select: setSelectedId }
}
