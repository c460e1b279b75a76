// Which honours pages a person's roles open, and how a union's level words them. The server checks
// every action; these only keep people from being offered what can only fail.
import type { Me, UnitRef } from '@contract/entities/people'
import type { Role } from '@contract/roles'
import { unitsWithRole } from '../org/staff'
import { HONOUR_ROUTES } from './routes'

/** Who gives out places: the city union, and industry/township unions to their units. */
export const QUOTA_ROLES: readonly Role[] = ['area_chair', 'city_admin']
/** Who decides on nominations up the tree. */
export const REVIEW_ROLES: readonly Role[] = ['area_chair', 'city_admin']
/** Who nominates: the unit's chair. */
export const NOMINATE_ROLES: readonly Role[] = ['unit_chair']

export function quotaWords(unit: Pick<UnitRef, 'type'>) {
  if (unit.type === 'city')
    return {
      title: '各行业、乡镇工会推荐名额',
      cap: '目标',
      hint: '合计不能超过活动的表彰目标；已推荐的名额不能减掉。',
      used: (n: number) => `已分给基层 ${n} 名`,
    }
  return {
    title: '各基层工会推荐名额',
    cap: '本级名额',
    hint: '合计不能超过市总工会分给本级的名额；已推荐的名额不能减掉。',
    used: (n: number) => `已推荐 ${n} 名`,
  }
}

export interface HonourEntry {
  key: string
  title: string
  description: string
  url: string
}

/** The honours staff pages 我的 lists for this person. */
export function honourStaffEntries(me: Pick<Me, 'roles'> | undefined): HonourEntry[] {
  const out: HonourEntry[] = []
  if (unitsWithRole(me, NOMINATE_ROLES).length)
    out.push({ key: 'honours-nominations', title: '先进推荐', description: '在名额内推荐本单位先进职工', url: HONOUR_ROUTES.nominations })
  if (unitsWithRole(me, REVIEW_ROLES).length) {
    out.push({ key: 'honours-review', title: '先进审核', description: '上报、退回或不予推荐', url: HONOUR_ROUTES.review })
    out.push({ key: 'honours-quotas', title: '推荐名额', description: '分配下级工会的推荐名额', url: HONOUR_ROUTES.quotas })
  }
  if (unitsWithRole(me, ['city_admin']).length) {
    out.push({ key: 'honours-city', title: '公示与表彰', description: '发布公示、处理异议、确认表彰、撤销证书', url: HONOUR_ROUTES.city })
    out.push({ key: 'honours-stories', title: '匠心筑梦编辑', description: '撰写、审核、发布先进职工故事', url: HONOUR_ROUTES.storyAdmin })
  }
  return out
}
