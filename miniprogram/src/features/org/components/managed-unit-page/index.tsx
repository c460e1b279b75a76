import type { ComponentType, ReactNode } from 'react'
import type { Me, UnitRef } from '@contract/entities/people'
import type { Role } from '@contract/roles'
import EmptyState from '../../../../components/empty-state'
import WithMe from '../../../../components/with-me'
import { replace, ROUTES } from '../../../../services/navigation'
import { useManagedUnits } from '../../hooks/use-managed-units'

/** What a staff page gets: the unit chosen now, the caller's other units of the page's roles, and the switch between them. */
export interface ManagedUnit {
  me: Me
  unit: UnitRef
  units: UnitRef[]
  select: (id: string) => void
}

interface Props {
  /** The roles that may use the page; the caller's units where they hold one are the page's units. */
  roles: readonly Role[]
  /** What a caller without such a unit reads: why not, and whom to ask. */
  denied: { title: string; message?: string }
  /** The page for one unit. It is keyed by the unit, so another unit starts afresh (its lists, tabs, picks). */
  children: (managed: ManagedUnit) => ReactNode
}

function Managed({ me, roles, denied, children }: Props & { me: Me }) {
  const { units, selected, select } = useManagedUnits(me, roles)
  if (!selected) return <EmptyState mark='权' title={denied.title} message={denied.message} actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  return <Keyed key={selected.id}>{children({ me, unit: selected, units, select })}</Keyed>
}

const Keyed = ({ children }: { children: ReactNode }) => <>{children}</>

/** A staff page over one of the caller's units: the caller first, then the units they manage with the page's roles. */
export default function ManagedUnitPage(props: Props) {
  return <WithMe>{(me) => <Managed me={me} {...props} />}</WithMe>
}

/** What a page for one unit receives from managedUnitPage. */
export interface UnitPageProps {
  me: Me
  unit: UnitRef
  units: UnitRef[]
  onSelect: (id: string) => void
}

/** The page component for `Page` over one of the caller's units with `roles`; `denied` for a caller with none. */
export function managedUnitPage(roles: readonly Role[], denied: Props['denied'], Page: ComponentType<UnitPageProps>) {
  return function UnitPage() {
    return (
      <ManagedUnitPage roles={roles} denied={denied}>
        {(m) => <Page me={m.me} unit={m.unit} units={m.units} onSelect={m.select} />}
      </ManagedUnitPage>
    )
  }
}
