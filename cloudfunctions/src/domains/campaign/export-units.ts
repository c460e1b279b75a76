// campaign.exportUnits: every unit of a union's subtree with its participation and activity, as Excel,
// read from the counters the counting actions keep (lib/unit-stats.ts): a unit's figures include
// everything below it, as on the dashboard. Units in tree order (each union, then the units under it).
import { UNIT_STAT_KEYS, type UnitStats } from '../../../../types/entities/dashboard'
import { UNIT_TYPE_LABELS } from '../../../../types/roles'
import { AppError } from '../../lib/errors'
import { readAll, saveExport } from '../../lib/export-file'
import type { Handler } from '../../lib/handler'
import type { UnitDoc } from '../../lib/scope'
import { unitStats, type UnitStatDoc } from '../../lib/unit-stats'
import { activeUnitsUnder } from '../org/units-repo'
import { findCurrentCampaign, getCampaign } from './repo'

const pick = (s: UnitStats | undefined): UnitStats => Object.fromEntries(UNIT_STAT_KEYS.map((k) => [k, s?.[k] ?? 0])) as UnitStats

export const exportUnits: Handler<'campaign.exportUnits'> = async (input, ctx) => {
  const root = ctx.scope.unit!
  const c = input.campaignId ? await getCampaign(input.campaignId) : await findCurrentCampaign(ctx.now)
  if (!c) throw new AppError('CAMPAIGN.NOT_FOUND')
  const unitsQuery = () => activeUnitsUnder(root._id)
  const statsQuery = () => unitStats().where({ campaignId: c._id, unitPath: root._id })
  const [units, stats] = await Promise.all([
    readAll(
      'units',
      async () => (await unitsQuery().count()).total,
      async (skip, limit) => (await unitsQuery().orderBy('_id', 'asc').skip(skip).limit(limit).get()).data,
    ),
    readAll(
      'units',
      async () => (await statsQuery().count()).total,
      async (skip, limit) => (await statsQuery().orderBy('_id', 'asc').skip(skip).limit(limit).get()).data,
    ),
  ])
  const byUnit = new Map(stats.map((s: UnitStatDoc) => [s.unitId, s]))
  const byId = new Map(units.map((u) => [u._id, u]))
  // Members of each unit's subtree: each unit's own members counted on it and on every union above it.
  const members = new Map<string, number>()
  for (const u of units) for (const a of u.path) if (byId.has(a)) members.set(a, (members.get(a) ?? 0) + (u.memberCount ?? 0))
  // Tree order: by the names along the path, so each union is followed by the units under it.
  const key = (u: UnitDoc) => u.path.map((id) => byId.get(id)?.name ?? '').join('\u0000')
  const ordered = [...units].sort((a, b) => key(a).localeCompare(key(b), 'zh-CN'))
  const rows = ordered.map((u) => {
    const s = pick(byUnit.get(u._id))
    const m = members.get(u._id) ?? 0
    const parent = u.parentId ? (byId.get(u.parentId)?.name ?? '') : ''
    return [
      u.name,
      UNIT_TYPE_LABELS[u.type],
      u._id === root._id ? '' : parent,
      m,
      s.participants,
      m > 0 ? Math.round((s.participants / m) * 1000) / 10 : 0,
      s.entries,
      s.competitions,
      UNIT_STAT_KEYS.every((k) => s[k] === 0) ? '尚无' : '',
    ]
  })
  return saveExport(
    'units',
    `${root.name}-各单位参与情况`,
    [
      {
        name: '各单位参与情况',
        columns: [
          { header: '单位', width: 30 },
          { header: '类型', width: 16 },
          { header: '上级单位', width: 24 },
          { header: '会员人数', width: 10 },
          { header: '参与人数', width: 10 },
          { header: '参与率（%）', width: 11 },
          { header: '作品和建议', width: 11 },
          { header: '举办竞赛', width: 10 },
          { header: '参与情况', width: 10 },
        ],
        rows,
      },
    ],
    ctx.now,
  )
}
