// The Excel exports at their largest allowed input (types/limits/exports.ts): each under its own bench
// union (an industry union with 300 grassroots unions, the campaign's scale of units), filled to the
// export's row limit, exported by the city union. Each export writes one file to storage (and the members
// export an audit entry), hence the write table. Records are inserted as the handlers write them.
import { EXPORT_LIMITS } from '../../types/limits/exports'
import { DEMO_CAMPAIGN_ID } from '../../cloudfunctions/local/seed/demo'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const CITY = 'demo-city-admin'
/** Grassroots unions under a bench union: the campaign's 300. */
const UNITS = 300

interface Tree {
  root: string
  /** Grassroots unit ids with their paths. */
  leaves: Array<{ id: string; path: string[] }>
}

async function insertAll(env: Env, collection: string, docs: Array<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < docs.length; i += 2000) await env.cloud.db.insertMany(collection, docs.slice(i, i + 2000))
}

/** An industry union under the city with `count` grassroots unions (names at the import's maximum length). */
async function tree(env: Env, count = UNITS): Promise<Tree> {
  const root = env.uid('bx-area')
  const now = new Date(env.now)
  const unit = (id: string, name: string, type: string, parentId: string, path: string[]) => ({
    _id: id,
    name,
    type,
    parentId,
    path,
    status: 'active',
    memberCount: 100,
    siblingKey: `${parentId}/${name}`,
    createdAt: now,
    updatedAt: now,
  })
  const leaves = Array.from({ length: count }, (_x, i) => ({ id: `${root}-${i}`, path: ['u-city', root, `${root}-${i}`] }))
  await insertAll(env, 'units', [
    unit(root, `${zh(20)}${root}`, 'industry', 'u-city', ['u-city', root]),
    ...leaves.map((l, i) => unit(l.id, `${zh(20)}${i}`, 'grassroots', root, l.path)),
  ])
  return { root, leaves }
}

const leafOf = (t: Tree, i: number) => t.leaves[i % t.leaves.length]!
const trees: Partial<Record<string, Tree>> = {}
/** The case's tree, made on its first run and exported again on the next. */
async function once(env: Env, key: string, fill: (t: Tree) => Promise<void>, count?: number): Promise<Tree> {
  if (!trees[key]) {
    const t = await tree(env, count)
    await fill(t)
    trees[key] = t
  }
  return trees[key]!
}

const rowsCheck = (want: number) => (data: unknown) => {
  const rows = (data as { rows: number }).rows
  if (rows !== want) throw new Error(`export has ${rows} rows, expected ${want}`)
}

export const exportCases: WriteCase[] = [
  {
    action: 'campaign.exportUnits',
    largest: `${EXPORT_LIMITS.units.toLocaleString('en')} units with counters`,
    runs: 3,
    prepare: async (env) => {
      const t = await once(
        env,
        'units',
        async (tr) => {
          const stat = (unitId: string, unitPath: string[]) => ({
            _id: `${DEMO_CAMPAIGN_ID}:${unitId}`,
            campaignId: DEMO_CAMPAIGN_ID,
            unitId,
            unitPath,
            participants: 40,
            entries: 12,
            competitions: 1,
            updatedAt: new Date(env.now),
          })
          await insertAll(env, 'unit_stats', [stat(tr.root, ['u-city', tr.root]), ...tr.leaves.map((l) => stat(l.id, l.path))])
        },
        EXPORT_LIMITS.units - 1,
      )
      return { who: CITY, input: { unitId: t.root } }
    },
    check: rowsCheck(EXPORT_LIMITS.units),
  },
  {
    action: 'works.export',
    largest: `${EXPORT_LIMITS.works.toLocaleString('en')} works`,
    runs: 2,
    prepare: async (env) => {
      const t = await once(env, 'works', async (tr) => {
        const at = new Date(env.now)
        await insertAll(
          env,
          'works',
          Array.from({ length: EXPORT_LIMITS.works }, (_x, i) => {
            const l = leafOf(tr, i)
            return {
              _id: `${tr.root}-w${i}`,
              _openid: `bx-${i}`,
              campaignId: DEMO_CAMPAIGN_ID,
              authorId: `bx-user-${i}`,
              authorName: '基准作者',
              unitId: l.id,
              unitPath: l.path,
              category: '书法',
              title: zh(30),
              description: zh(500),
              images: [],
              status: i % 10 === 0 ? 'rejected' : 'reviewing',
              passed: 0,
              flagged: false,
              reviewUnitId: i % 10 === 0 ? null : tr.root,
              passes: i % 10 === 0 ? 0 : 1,
              reason: i % 10 === 0 ? zh(100) : '',
              steps: [],
              likeCount: 0,
              firstSubmittedAt: at,
              submittedAt: at,
              createdAt: at,
              updatedAt: at,
            }
          }),
        )
      })
      return { who: CITY, input: { unitId: t.root } }
    },
    check: rowsCheck(EXPORT_LIMITS.works),
  },
  {
    action: 'ideas.export',
    largest: `${EXPORT_LIMITS.ideas.toLocaleString('en')} ideas`,
    runs: 2,
    prepare: async (env) => {
      const t = await once(env, 'ideas', async (tr) => {
        const at = new Date(env.now)
        await insertAll(
          env,
          'ideas',
          Array.from({ length: EXPORT_LIMITS.ideas }, (_x, i) => {
            const l = leafOf(tr, i)
            return {
              _id: `${tr.root}-i${i}`,
              _openid: `bx-${i}`,
              campaignId: DEMO_CAMPAIGN_ID,
              authorId: `bx-user-${i}`,
              authorName: '基准作者',
              coAuthors: [{ userId: 'bx-co', realName: '基准合作' }],
              authorIds: [`bx-user-${i}`, 'bx-co'],
              unitId: l.id,
              unitPath: l.path,
              type: '金点子',
              title: zh(30),
              problem: zh(500),
              proposal: zh(1000),
              benefit: zh(300),
              savingsYuan: 1000,
              images: [],
              imageFolder: '',
              status: i % 2 ? 'adopted' : 'reviewing',
              rounds: 1,
              contentHash: '',
              reason: '',
              duplicateOf: null,
              mergedFrom: [],
              panelId: null,
              award: i % 2 ? '优秀奖' : null,
              awardRank: i % 2 ? 4 : 9,
              implemented: false,
              score: { count: 3, sum: 240, min: 70, max: 90, mean: 80 },
              scoredBy: [],
              sim: null,
              simAt: null,
              submittedAt: at,
              adoptedAt: i % 2 ? at : undefined,
              createdAt: at,
              updatedAt: at,
            }
          }),
        )
      })
      return { who: CITY, input: { unitId: t.root } }
    },
    check: rowsCheck(EXPORT_LIMITS.ideas),
  },
  {
    action: 'honours.export',
    largest: `${EXPORT_LIMITS.honours.toLocaleString('en')} commended with certificates`,
    runs: 2,
    prepare: async (env) => {
      const t = await once(env, 'honours', async (tr) => {
        const at = new Date(env.now)
        const ids = Array.from({ length: EXPORT_LIMITS.honours }, (_x, i) => `${tr.root}-n${i}`)
        await insertAll(
          env,
          'honour_nominations',
          ids.map((id, i) => {
            const l = leafOf(tr, i)
            return {
              _id: id,
              campaignId: DEMO_CAMPAIGN_ID,
              unitId: l.id,
              unitPath: l.path,
              unitName: '',
              nomineeUserId: null,
              nomineeName: '基准先进',
              job: zh(30),
              category: '劳动模范',
              deeds: zh(1500),
              photo: null,
              consent: { kind: 'paper', at },
              status: 'commended',
              reviewUnitId: null,
              personKey: null,
              holdsPlace: true,
              reason: '',
              steps: [],
              createdBy: 'bx',
              submittedAt: at,
              createdAt: at,
              updatedAt: at,
            }
          }),
        )
        await insertAll(
          env,
          'certificates',
          ids.map((id, i) => ({
            _id: `${tr.root}-c${String(i).padStart(5, '0')}`,
            nominationId: id,
            campaignId: DEMO_CAMPAIGN_ID,
            name: '基准先进',
            category: '劳动模范',
            issuer: '市总工会',
            issuedAt: at,
            status: i % 50 ? 'valid' : 'revoked',
            revokedReason: i % 50 ? '' : zh(100),
          })),
        )
      })
      return { who: CITY, input: { unitId: t.root } }
    },
    check: rowsCheck(EXPORT_LIMITS.honours),
  },
  {
    action: 'org.exportMembers',
    largest: `${EXPORT_LIMITS.members.toLocaleString('en')} members`,
    runs: 2,
    prepare: async (env) => {
      const t = await once(env, 'members', async (tr) => {
        const at = new Date(env.now)
        await insertAll(
          env,
          'users',
          Array.from({ length: EXPORT_LIMITS.members }, (_x, i) => {
            const l = leafOf(tr, i)
            return {
              _id: `${tr.root}-u${i}`,
              _openid: `${tr.root}-o${i}`,
              nickname: zh(20),
              realName: '基准职工',
              job: zh(30),
              employeeNo: '',
              unitId: l.id,
              unitPath: l.path,
              joinedAt: at,
              roles: [{ role: 'worker', unitId: l.id, grantedAt: at, grantedBy: 'bx' }],
              profileCompletedAt: at,
              createdAt: at,
              updatedAt: at,
            }
          }),
        )
      })
      return { who: CITY, input: { unitId: t.root } }
    },
    check: rowsCheck(EXPORT_LIMITS.members),
  },
]
