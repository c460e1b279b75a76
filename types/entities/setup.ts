// Day one: an empty environment claimed by its first city admin, the union tree imported from a
// sheet, and one invitation per unit for its chair.
import type { GrantableRole, UnitType } from '../roles'
import type { UnitRef } from './people'

export interface SetupStatus {
  /** No city union yet and nobody has claimed the environment: the setup page applies. */
  needsSetup: boolean
  /** The deployer set a usable setup code (without one, nobody can claim). */
  codeConfigured: boolean
}

/** One problem on one row of an import sheet (row as Excel numbers it; 0 for the whole sheet). */
export interface ImportRowError {
  row: number
  column?: string
  message: string
}

export interface ImportPlanRow {
  row: number
  name: string
  type: UnitType
  parentName: string
  /** create: a new unit; unchanged: already there under the same parent, left as it is. */
  action: 'create' | 'unchanged'
}

export interface ImportPreview {
  /** Fingerprint of the plan: applyImport applies only what was previewed. */
  digest: string
  rows: number
  create: number
  unchanged: number
  byType: Partial<Record<UnitType, number>>
  /** Up to IMPORT_ERRORS_SHOWN problems, by row; errorCount is how many there are in all. */
  errors: ImportRowError[]
  errorCount: number
  /** The first IMPORT_ROWS_SHOWN rows of the plan, for the preview. */
  items: ImportPlanRow[]
}

export interface ImportResult {
  created: number
  unchanged: number
}

export interface ChairInviteView {
  id: string
  code: string
  unit: UnitRef
  role: GrantableRole
  expiresAt: number
  used: boolean
  usedByName: string | null
  /** The mini-program code to scan, when it was asked for (made once, then kept). */
  qrUrl: string | null
}
