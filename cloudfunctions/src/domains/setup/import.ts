// Importing the union tree from a sheet: the template, a preview that changes nothing, and the import
// itself. New units are written hidden (status 'importing') and then shown together by one update,
// so a reader never sees half a sheet; their ids follow from parent and name, so an interrupted import
// is finished by running it again, and a finished one run again changes nothing.
import { IMPORT_COLUMNS, IMPORT_ERRORS_SHOWN, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, IMPORT_ROWS_SHOWN } from '../../../../types/actions/setup'
import type { ImportPreview } from '../../../../types/entities/setup'
import { audit } from '../../lib/audit'
import { cloud } from '../../lib/cloud'
import { AppError, isDuplicateKey } from '../../lib/errors'
import { pathOfFileId, tempUrls } from '../../lib/files'
import type { Handler, MemberContext } from '../../lib/handler'
import { writeXlsx } from '../../lib/xlsx'
import { readFirstSheet, XlsxReadError } from '../../lib/xlsx-read'
import { allActiveUnits, cityUnit, recountChildren, showImportedUnits, siblingKey, writeHiddenUnits, type UnitRecord } from '../org/units-repo'
import { planImport, type KnownUnit, type PlannedUnit } from './import-plan'

/** Where a person's import sheets go (the client uploads there; nobody imports another's file). */
export const importFolder = (userId: string) => `imports/${userId}/`

async function readSheet(fileId: string, ctx: MemberContext) {
  if (!pathOfFileId(fileId).startsWith(importFolder(ctx.caller.user._id))) throw new AppError('IMPORT.NOT_YOURS')
  let bytes: Buffer
  try {
    bytes = ((await cloud.downloadFile({ fileID: fileId })) as { fileContent: Buffer }).fileContent
  } catch {
    throw new AppError('COMMON.NOT_FOUND', '文件不存在，请重新上传')
  }
  if (bytes.length > IMPORT_MAX_BYTES) throw new AppError('IMPORT.TOO_MANY_ROWS', `文件超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB，请检查是否选错了文件`)
  try {
    // the header, the rows allowed, and one more to tell a sheet that is too long
    return readFirstSheet(new Uint8Array(bytes), IMPORT_MAX_ROWS + 1)
  } catch (e) {
    if (e instanceof XlsxReadError) throw new AppError('IMPORT.BAD_FILE')
    throw e
  }
}

const known = (u: UnitRecord): KnownUnit => ({ _id: u._id, name: u.name, type: u.type, parentId: u.parentId, path: u.path })

async function plan(fileId: string, ctx: MemberContext) {
  const rows = await readSheet(fileId, ctx)
  const city = await cityUnit()
  if (!city) throw new AppError('ORG.UNIT_NOT_FOUND')
  const all = await allActiveUnits()
  const result = planImport(rows, known(city), all.filter((u) => u._id !== city._id).map(known))
  if (!result.ok) throw new AppError(result.code, result.message)
  return { ...result, city }
}

/** org.importTemplate: the sheet to fill in, with a second sheet of instructions and an example. */
export const importTemplate: Handler<'org.importTemplate'> = async (_input, ctx) => {
  const city = await cityUnit()
  const cityName = city?.name ?? '市总工会'
  const bytes = writeXlsx([
    { name: '单位', columns: IMPORT_COLUMNS.map((header) => ({ header, width: header === '单位类型' ? 18 : 32 })), rows: [] },
    {
      name: '填写说明',
      columns: [{ header: '说明', width: 90 }],
      rows: [
        ['在“单位”表中每行填写一个单位，不要改动第一行的列名；本表的内容不会被导入。'],
        ['单位类型：行业工会、乡镇（街道）工会、基层工会。'],
        [`上级单位：行业工会和乡镇（街道）工会留空（即${cityName}）；基层工会填写它所属的行业工会或乡镇（街道）工会的名称。`],
        ['单位名称在表中不能重复；上级单位可以是表中的单位，也可以是系统中已有的单位。'],
        ['不要使用公式：有公式的单元格请复制后“选择性粘贴为数值”。'],
        [`一次最多 ${IMPORT_MAX_ROWS} 行。重复导入同一张表不会重复创建单位。`],
        ['示例：经开区工会 | 行业工会 | （留空）'],
        ['示例：华中机械制造有限公司工会 | 基层工会 | 经开区工会'],
      ],
    },
  ])
  const uploaded = (await cloud.uploadFile({ cloudPath: `templates/union-tree-${ctx.now}.xlsx`, fileContent: Buffer.from(bytes) })) as { fileID: string }
  const url = (await tempUrls([uploaded.fileID])).get(uploaded.fileID)
  if (!url) throw new AppError('COMMON.INTERNAL')
  return { fileUrl: url, fileName: '组织架构导入模板.xlsx' }
}

/** org.previewImport: what the sheet would do, and every problem by row. Writes nothing. */
export const previewImport: Handler<'org.previewImport'> = async (input, ctx) => {
  const p = await plan(input.fileId, ctx)
  const byType: ImportPreview['byType'] = {}
  for (const r of p.rows) byType[r.type] = (byType[r.type] ?? 0) + 1
  return {
    digest: p.digest,
    rows: p.rows.length + p.errors.length,
    create: p.rows.filter((r) => r.action === 'create').length,
    unchanged: p.rows.filter((r) => r.action === 'unchanged').length,
    byType,
    errors: p.errors.slice(0, IMPORT_ERRORS_SHOWN),
    errorCount: p.errors.length,
    items: p.rows.slice(0, IMPORT_ROWS_SHOWN).map(({ row, name, type, parentName, action }) => ({ row, name, type, parentName, action })),
  }
}

function newUnitDoc(u: PlannedUnit, all: PlannedUnit[], digest: string, now: Date) {
  return {
    _id: u.id,
    name: u.name,
    type: u.type,
    parentId: u.parentId,
    path: u.path,
    status: 'importing',
    memberCount: 0,
    childCount: all.filter((c) => c.parentId === u.id).length,
    siblingKey: siblingKey(u.parentId, u.name),
    importId: digest,
    createdAt: now,
    updatedAt: now,
  }
}

/** org.applyImport: the previewed plan, all at once; the same sheet again changes nothing. */
export const applyImport: Handler<'org.applyImport'> = async (input, ctx) => {
  const p = await plan(input.fileId, ctx)
  if (p.errors.length > 0)
    throw new AppError(
      'IMPORT.HAS_ERRORS',
      undefined,
      p.errors.slice(0, 10).map((e) => ({ path: `row${e.row}`, message: `第 ${e.row} 行：${e.message}` })),
    )
  if (p.digest !== input.digest) throw new AppError('IMPORT.CHANGED')
  const created = p.rows.filter((r) => r.action === 'create')
  const unchanged = p.rows.length - created.length
  if (created.length === 0) return { created: 0, unchanged }
  const now = new Date(ctx.now)
  const docs = created.map((u) => newUnitDoc(u, created, p.digest, now))
  for (let round = 0; ; round++) {
    try {
      await writeHiddenUnits(
        created.map((u) => u.id),
        docs as unknown as UnitRecord[],
        p.digest,
      )
      break
    } catch (e) {
      // Another run of the same import wrote some of them meanwhile: look again.
      if (!isDuplicateKey(e) || round >= 2) throw e
    }
  }
  // The moment the import appears: one update shows every unit it wrote.
  await showImportedUnits(p.digest, now)
  // Units that were already there and got new children: their child counts, counted afresh.
  const parents = [...new Set(created.map((u) => u.parentId))].filter((id) => !created.some((u) => u.id === id))
  for (const parentId of parents) await recountChildren(parentId, now)
  const user = ctx.caller.user
  await audit({
    kind: 'unit',
    action: 'import',
    actorId: user._id,
    actorName: user.realName,
    targetId: p.city._id,
    targetName: p.city.name,
    unitId: p.city._id,
    unitPath: p.city.path,
    detail: { created: created.length, unchanged, digest: p.digest },
    at: now,
  })
  return { created: created.length, unchanged }
}
