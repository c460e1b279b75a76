// Scope: which units and records a member's roles reach. A role held on unit G covers unit T when G is
// in T's path (T itself or an ancestor). The wrapper resolves an action's declared scope before its
// handler runs, loading the target unit or record once and handing it over.
import type { Scope } from '../../../types/contract'
import { db } from './cloud'
import type { CollectionName } from './db-types'
import { AppError } from './errors'

export interface UnitDoc {
  _id: string
  name: string
  type: 'city' | 'industry' | 'township' | 'grassroots'
  parentId: string | null
  /** Ancestors and itself, city first. */
  path: string[]
  status: 'active' | 'retired'
  memberCount: number
  createdAt: Date
  updatedAt: Date
}

export interface ScopeContext {
  /** Units on which the caller holds one of the action's roles. */
  units: string[]
  /** For scope kind 'unit': the addressed unit. */
  unit?: UnitDoc
  /** For scope kind 'record': the addressed document. */
  record?: Record<string, unknown> & { _id: string; unitPath: string[] }
}

export const covers = (grantUnits: readonly string[], path: readonly string[] | undefined): boolean =>
  Boolean(path) && grantUnits.some((g) => path!.includes(g))

export async function getUnit(id: string): Promise<UnitDoc | null> {
  return (await db().collection<UnitDoc>('units').doc(id).get()).data
}

export async function resolveScope(scope: Scope, units: string[], input: Record<string, unknown>): Promise<ScopeContext> {
  switch (scope.kind) {
    case 'self':
    case 'anywhere':
      return { units }
    case 'unit': {
      const unit = await getUnit(String(input[scope.field]))
      if (!unit) throw new AppError('ORG.UNIT_NOT_FOUND')
      if (!covers(units, unit.path)) throw new AppError('AUTH.OUT_OF_SCOPE')
      return { units, unit }
    }
    case 'record': {
      const res = await db()
        .collection<ScopeContext['record'] & object>(scope.collection as CollectionName)
        .doc(String(input[scope.field]))
        .get()
      const record = res.data
      if (!record) throw new AppError('COMMON.NOT_FOUND')
      if (!covers(units, record.unitPath)) throw new AppError('AUTH.OUT_OF_SCOPE')
      return { units, record }
    }
  }
}

/** For handlers that address a second unit (moving a unit to a new parent): the same rule. */
export function assertCovers(ctx: { units: string[] }, path: readonly string[]): void {
  if (!covers(ctx.units, path)) throw new AppError('AUTH.OUT_OF_SCOPE')
}
