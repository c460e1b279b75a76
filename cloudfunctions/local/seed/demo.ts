// Demo data for the local cloud: the campaign of the plan, a union tree shaped like the plan's
// (the city union, its industry and township unions, grassroots units under them) and one demo
// person per role. The plan leaves its dates as "X"; the demo campaign is placed around the day it is
// seeded so every phase can be tried at once. A real campaign's dates and goals are configuration.
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { GrantableRole, UnitType } from '../../../types/roles'
import type { TargetKey } from '../../../types/entities/campaign'
import { TARGET_KEYS } from '../../../types/entities/campaign'
import { LINES, MAINLINE, PURPOSE, TARGETS, THEME } from '../../src/domains/campaign/plan'
import type { LocalDatabase } from '../engine/engine'

dayjs.extend(utc)
dayjs.extend(timezone)
const TZ = 'Asia/Shanghai'

export const DEMO_CAMPAIGN_ID = 'mayday'

export function demoCampaign(now: number) {
  const today = dayjs.tz(now, TZ).startOf('day')
  const zero = Object.fromEntries(TARGET_KEYS.map((k) => [k, 0])) as Record<TargetKey, number>
  return {
    _id: DEMO_CAMPAIGN_ID,
    title: '庆“五一”系列活动',
    theme: THEME,
    mainline: MAINLINE,
    purpose: PURPOSE,
    status: 'published' as const,
    startAt: today.subtract(10, 'day').toDate(),
    endAt: today.add(20, 'day').endOf('day').toDate(),
    summaryDueAt: today.add(27, 'day').endOf('day').toDate(),
    lines: LINES.map((l) => ({ ...l })),
    targets: TARGETS.map((t) => ({ ...t })),
    counts: zero,
    stats: { worksSubmitted: 0, ideasAdopted: 0, competitionsPublished: 0 },
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }
}

interface UnitSeed {
  _id: string
  name: string
  type: UnitType
  children?: UnitSeed[]
}

/** Shaped like the plan's list: 经开区, 教育, 建筑, 科经局, 商粮局, 卫计局 and the townships. */
export const DEMO_TREE: UnitSeed = {
  _id: 'u-city',
  name: '市总工会',
  type: 'city',
  children: [
    {
      _id: 'u-jkq',
      name: '经开区工会',
      type: 'industry',
      children: [
        { _id: 'u-jkq-jixie', name: '华中机械制造有限公司工会', type: 'grassroots' },
        { _id: 'u-jkq-dianzi', name: '湘江电子科技有限公司工会', type: 'grassroots' },
      ],
    },
    {
      _id: 'u-edu',
      name: '教育系统工会',
      type: 'industry',
      children: [
        { _id: 'u-edu-yizhong', name: '市第一中学工会', type: 'grassroots' },
        { _id: 'u-edu-shiyan', name: '实验小学工会', type: 'grassroots' },
      ],
    },
    { _id: 'u-build', name: '建筑行业工会', type: 'industry', children: [{ _id: 'u-build-san', name: '城建集团第三工程公司工会', type: 'grassroots' }] },
    { _id: 'u-kejing', name: '科经局工会', type: 'industry', children: [{ _id: 'u-kejing-power', name: '市供电公司工会', type: 'grassroots' }] },
    { _id: 'u-shangliang', name: '商粮局工会', type: 'industry', children: [{ _id: 'u-shangliang-grain', name: '粮油储备库工会', type: 'grassroots' }] },
    {
      _id: 'u-health',
      name: '卫计局工会',
      type: 'industry',
      children: [
        { _id: 'u-health-renmin', name: '市人民医院工会', type: 'grassroots' },
        { _id: 'u-health-zhongyi', name: '市中医医院工会', type: 'grassroots' },
      ],
    },
    {
      _id: 'u-dongcheng',
      name: '东城街道工会',
      type: 'township',
      children: [
        { _id: 'u-dongcheng-shequ', name: '东城社区卫生服务中心工会', type: 'grassroots' },
        { _id: 'u-dongcheng-wuliu', name: '东城物流园联合工会', type: 'grassroots' },
      ],
    },
    { _id: 'u-qingshan', name: '青山镇工会', type: 'township', children: [{ _id: 'u-qingshan-fangzhi', name: '青山纺织厂工会', type: 'grassroots' }] },
    { _id: 'u-baishi', name: '白石乡工会', type: 'township', children: [{ _id: 'u-baishi-xiangxiu', name: '白石湘绣合作社工会', type: 'grassroots' }] },
  ],
}

export function demoUnits(now: number) {
  const out: Array<Record<string, unknown> & { _id: string; path: string[]; type: UnitType }> = []
  const walk = (u: UnitSeed, parentPath: string[]) => {
    const path = [...parentPath, u._id]
    const parentId = parentPath[parentPath.length - 1] ?? null
    out.push({
      _id: u._id,
      name: u.name,
      type: u.type,
      parentId,
      path,
      status: 'active',
      memberCount: 0,
      childCount: (u.children ?? []).length,
      siblingKey: `${parentId ?? 'root'}/${u.name}`,
      ...(u.type === 'city' ? { adminCount: DEMO_PEOPLE.filter((p) => p.roles.some((r) => r.role === 'city_admin')).length } : {}),
      createdAt: new Date(now),
      updatedAt: new Date(now),
    })
    for (const c of u.children ?? []) walk(c, path)
  }
  walk(DEMO_TREE, [])
  for (const u of out) u.memberCount = DEMO_PEOPLE.filter((p) => p.unitId === u._id).length
  return out
}

export interface DemoPerson {
  openid: string
  realName: string
  nickname: string
  unitId: string
  job: string
  /** Granted roles; everyone with a unit is also a worker there. */
  roles: Array<{ role: GrantableRole; unitId: string }>
  /** What the local sign-in page says this person is for. */
  about: string
}

/** One person per role (placeholder names), so every view can be tried by signing in as them. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    openid: 'demo-worker',
    realName: '张三',
    nickname: '张师傅',
    unitId: 'u-jkq-jixie',
    job: '数控车工',
    roles: [],
    about: '一线职工：报名竞赛、上传作品、提交金点子',
  },
  {
    openid: 'demo-worker-2',
    realName: '李四',
    nickname: '李护士',
    unitId: 'u-health-renmin',
    job: '护士',
    roles: [],
    about: '另一单位的职工：看不到别人单位的审核内容',
  },
  {
    openid: 'demo-unit-chair',
    realName: '王五',
    nickname: '王主席',
    unitId: 'u-jkq-jixie',
    job: '工会主席',
    roles: [{ role: 'unit_chair', unitId: 'u-jkq-jixie' }],
    about: '基层工会主席：审核本单位职工的报名和作品',
  },
  {
    openid: 'demo-area-chair',
    realName: '赵六',
    nickname: '赵主席',
    unitId: 'u-jkq',
    job: '经开区工会主席',
    roles: [{ role: 'area_chair', unitId: 'u-jkq' }],
    about: '行业/乡镇工会主席：组织竞赛，管理下属单位',
  },
  {
    openid: 'demo-judge',
    realName: '钱七',
    nickname: '钱工',
    unitId: 'u-kejing-power',
    job: '高级工程师',
    roles: [{ role: 'judge', unitId: 'u-city' }],
    about: '评审专家：盲评金点子和作品',
  },
  {
    openid: 'demo-city-admin',
    realName: '孙八',
    nickname: '孙科长',
    unitId: 'u-city',
    job: '市总工会办公室',
    roles: [{ role: 'city_admin', unitId: 'u-city' }],
    about: '市总工会管理员：全市统筹、遴选、统计',
  },
]

export function demoUsers(now: number) {
  const units = new Map(demoUnits(now).map((u) => [u._id, u.path]))
  return DEMO_PEOPLE.map((p) => ({
    _id: `user-${p.openid}`,
    _openid: p.openid,
    nickname: p.nickname,
    realName: p.realName,
    job: p.job,
    employeeNo: '',
    unitId: p.unitId,
    unitPath: units.get(p.unitId),
    joinedAt: new Date(now),
    roles: p.roles.map((r) => ({ ...r, grantedAt: new Date(now), grantedBy: 'seed' })),
    profileCompletedAt: new Date(now),
    privacyAgreedAt: new Date(now),
    privacyVersion: 'demo',
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }))
}

/** Seed once: a database that already has a campaign is left as it is. */
export async function seedDemo(db: LocalDatabase, now = Date.now()): Promise<boolean> {
  if (db.count('campaigns') > 0) return false
  await db.insertMany('campaigns', [demoCampaign(now)])
  await db.insertMany('units', demoUnits(now))
  await db.insertMany('users', demoUsers(now))
  return true
}
