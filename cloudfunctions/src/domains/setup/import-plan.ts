// What importing a union-tree sheet would do, row by row, decided without touching the database:
// each row becomes a new unit or matches one already there (same name under the same parent), and
// every problem is reported against its row. Pure, so the preview and the import agree exactly.
import crypto from 'node:crypto'
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, IMPORT_TYPE_NAMES, UNIT_NAME_MAX, UNIT_NAME_MIN } from '../../../../types/actions/setup'
import type { ImportPlanRow, ImportRowError } from '../../../../types/entities/setup'
import { CHILD_UNIT_TYPES, UNIT_TYPE_LABELS, type UnitType } from '../../../../types/roles'
import type { ErrorCode } from '../../../../types/errors'
import type { ReadRow } from '../../lib/xlsx-read'
import { siblingKey } from '../org/units-repo'

export interface KnownUnit {
  _id: string
  name: string
  type: UnitType
  parentId: string | null
  path: string[]
}

export interface PlannedUnit extends ImportPlanRow {
  id: string
  parentId: string
  path: string[]
}

export type Plan = { ok: false; code: ErrorCode; message?: string } | { ok: true; rows: PlannedUnit[]; errors: ImportRowError[]; digest: string }

const COLUMN_LETTERS = ['A', 'B', 'C']

/** A new unit's id follows from where it goes and its name, so importing twice finds the same units. */
export const importedUnitId = (parentId: string, name: string) =>
  'u' + crypto.createHash('sha256').update(siblingKey(parentId, name), 'utf8').digest('hex').slice(0, 31)

interface SheetRow {
  row: number
  name: string
  type: UnitType
  parentName: string
}

/** Reads the sheet's rows into names and types; problems of a single row are reported on it. */
function readRows(rows: ReadRow[], errors: ImportRowError[]): { ok: false; code: ErrorCode; message?: string } | { ok: true; list: SheetRow[] } {
  const [header, ...body] = rows
  const headers = COLUMN_LETTERS.map((_c, i) => header?.cells[i]?.text.trim() ?? '')
  if (!header || headers.some((h, i) => h !== IMPORT_COLUMNS[i])) return { ok: false, code: 'IMPORT.BAD_TEMPLATE' }
  if (body.length === 0) return { ok: false, code: 'IMPORT.EMPTY' }
  if (body.length > IMPORT_MAX_ROWS)
    return { ok: false, code: 'IMPORT.TOO_MANY_ROWS', message: `一次最多导入 ${IMPORT_MAX_ROWS} 个单位，请检查是否选错了文件或分批导入` }
  const list: SheetRow[] = []
  for (const r of body) {
    const cells = COLUMN_LETTERS.map((_c, i) => r.cells[i])
    const formulaAt = cells.findIndex((c) => c && (c.formula || c.text.trim().startsWith('=')))
    if (formulaAt >= 0) {
      errors.push({ row: r.row, column: COLUMN_LETTERS[formulaAt], message: '不能使用公式，请复制后“粘贴为数值”' })
      continue
    }
    const [name, typeName, parentName] = cells.map((c) => (c?.text ?? '').replace(/\s+/g, ' ').trim())
    if (name.length < UNIT_NAME_MIN || name.length > UNIT_NAME_MAX) {
      errors.push({ row: r.row, column: 'A', message: name ? `单位名称应为 ${UNIT_NAME_MIN}–${UNIT_NAME_MAX} 个字` : '单位名称为空' })
      continue
    }
    const type = IMPORT_TYPE_NAMES[typeName]
    if (!type) {
      errors.push({ row: r.row, column: 'B', message: `单位类型只能填：行业工会、乡镇（街道）工会、基层工会` })
      continue
    }
    list.push({ row: r.row, name, type, parentName })
  }
  return { ok: true, list }
}

/**
 * The plan for `rows` (the sheet, header first) against the city union and the active units already
 * there. Parents are named: the city union (or an empty cell), a unit named in the sheet, or a unit
 * already in the tree.
 */
export function planImport(rows: ReadRow[], city: KnownUnit, existing: KnownUnit[]): Plan {
  const errors: ImportRowError[] = []
  const read = readRows(rows, errors)
  if (!read.ok) return read
  const byName = new Map<string, SheetRow>()
  const valid: SheetRow[] = []
  for (const r of read.list) {
    const first = byName.get(r.name)
    if (first) errors.push({ row: r.row, column: 'A', message: `与第 ${first.row} 行的单位名称重复` })
    else if (r.name === city.name) errors.push({ row: r.row, column: 'A', message: '市总工会已存在，不需要列出' })
    else {
      byName.set(r.name, r)
      valid.push(r)
    }
  }
  const existingByName = new Map<string, KnownUnit[]>()
  for (const u of existing) existingByName.set(u.name, [...(existingByName.get(u.name) ?? []), u])
  const existingByKey = new Map(existing.map((u) => [siblingKey(u.parentId, u.name), u]))
  const existingById = new Map(existing.map((u) => [u._id, u]))

  // Resolve each row (parents first, by recursion); a cycle is found when a row is met again on its own way up.
  const planned = new Map<string, PlannedUnit | null>()
  const failed = (r: SheetRow, column: string, message: string): null => {
    errors.push({ row: r.row, column, message })
    planned.set(r.name, null)
    return null
  }
  const resolve = (r: SheetRow, trail: string[]): PlannedUnit | null => {
    if (planned.has(r.name)) return planned.get(r.name)!
    if (trail.includes(r.name)) return failed(r, 'C', `上级单位形成循环：${[...trail.slice(trail.indexOf(r.name)), r.name].join(' → ')}`)
    let parent: { id: string; type: UnitType; path: string[]; name: string }
    // The city union: left empty, its name, or plainly 市总工会 (what people write when the name is long).
    if (r.parentName === '' || r.parentName === city.name || r.parentName === UNIT_TYPE_LABELS.city)
      parent = { id: city._id, type: 'city', path: city.path, name: city.name }
    else if (byName.has(r.parentName)) {
      const p = resolve(byName.get(r.parentName)!, [...trail, r.name])
      if (planned.has(r.name)) return planned.get(r.name)!
      if (!p) return failed(r, 'C', `上级单位“${r.parentName}”有错误，请先改正它所在的行`)
      parent = { id: p.id, type: p.type, path: p.path, name: p.name }
    } else {
      const found = (existingByName.get(r.parentName) ?? []).filter((u) => u.type !== 'city')
      if (found.length > 1) return failed(r, 'C', `已有 ${found.length} 个名为“${r.parentName}”的单位，无法确定上级`)
      if (found.length === 0) return failed(r, 'C', `找不到上级单位“${r.parentName}”，请在表中列出它`)
      parent = { id: found[0]._id, type: found[0].type, path: found[0].path, name: found[0].name }
    }
    if (!CHILD_UNIT_TYPES[parent.type].includes(r.type)) {
      const allowed = (Object.keys(CHILD_UNIT_TYPES) as UnitType[]).filter((t) => CHILD_UNIT_TYPES[t].includes(r.type)).map((t) => UNIT_TYPE_LABELS[t])
      return failed(r, 'C', `${UNIT_TYPE_LABELS[r.type]}的上级应是${allowed.join('或')}，不能是${UNIT_TYPE_LABELS[parent.type]}`)
    }
    const same = existingByKey.get(siblingKey(parent.id, r.name))
    if (same && same.type !== r.type) return failed(r, 'B', `“${r.name}”已存在，类型是${UNIT_TYPE_LABELS[same.type]}`)
    if (!same) {
      const elsewhere = (existingByName.get(r.name) ?? [])[0]
      if (elsewhere) {
        const at = existingById.get(elsewhere.parentId ?? '')?.name ?? city.name
        return failed(r, 'C', `“${r.name}”已在“${at}”之下；导入不会移动单位，如需调整请在组织架构中移动`)
      }
    }
    const id = same ? same._id : importedUnitId(parent.id, r.name)
    const unit: PlannedUnit = {
      row: r.row,
      name: r.name,
      type: r.type,
      parentName: parent.name,
      action: same ? 'unchanged' : 'create',
      id,
      parentId: parent.id,
      path: [...parent.path, id],
    }
    planned.set(r.name, unit)
    return unit
  }
  for (const r of valid) resolve(r, [])
  const rowsOut = valid.map((r) => planned.get(r.name)).filter((u): u is PlannedUnit => Boolean(u))
  errors.sort((a, b) => a.row - b.row)
  const digest = crypto
    .createHash('sha256')
    .update(JSON.stringify([city._id, rowsOut.map((u) => [u.id, u.name, u.type, u.parentId, u.action])]), 'utf8')
    .digest('hex')
  return { ok: true, rows: rowsOut, errors, digest }
}
