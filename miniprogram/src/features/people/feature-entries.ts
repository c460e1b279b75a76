// The feature pages 我的 offers, by what the person can do. Their own entries once they belong to a
// unit (only members sign up, submit works and ideas); the staff work their roles give them. The
// server still checks every action; these only keep people from being offered what can only fail.
import type { Me } from '@contract/entities/people'
import { COMPETITION_ROUTES } from '../competition/routes'
import { IDEA_ROUTES } from '../ideas/routes'
import { WORK_ROUTES } from '../works/routes'
import { CHAIR_ROLES, unitsWithRole } from '../org/staff'
import { careStaffEntries } from '../care/text'
import { reportStaffEntries } from '../reports/text'
import { HONOUR_ROUTES } from '../honours/routes'
import { honourStaffEntries } from '../honours/staff'

export interface FeatureEntry {
  key: string
  title: string
  description: string
  url: string
}

/** 我的报名 · 我的作品 · 我的金点子 · 我的荣誉, for a member of a unit. */
export function myEntries(me: Pick<Me, 'unit'> | undefined): FeatureEntry[] {
  if (!me?.unit) return []
  return [
    { key: 'competition-mine', title: '我的报名', description: '竞赛报名的结果和参赛凭证', url: COMPETITION_ROUTES.mine },
    { key: 'works-mine', title: '我的作品', description: '上传作品，查看选送进度', url: WORK_ROUTES.mine },
    { key: 'ideas-mine', title: '我的金点子', description: '提交合理化建议，查看处理进度', url: IDEA_ROUTES.mine },
    { key: 'honours-mine', title: '我的荣誉', description: '确认推荐，查看和保存电子证书', url: HONOUR_ROUTES.mine },
  ]
}

/** Staff work by role: chairs review and organise; judges score; the city union selects and steers. */
export function featureStaffEntries(me: Pick<Me, 'roles'> | undefined): FeatureEntry[] {
  const out: FeatureEntry[] = []
  const chair = unitsWithRole(me, CHAIR_ROLES).length > 0
  const city = unitsWithRole(me, ['city_admin']).length > 0
  const judge = unitsWithRole(me, ['judge']).length > 0
  if (chair) {
    out.push({ key: 'competition-manage', title: '竞赛管理', description: '新建竞赛、审核报名、签到、发布成绩', url: COMPETITION_ROUTES.manage })
    out.push({ key: 'works-review', title: '作品审核', description: '选送本单位职工的作品', url: WORK_ROUTES.review })
    out.push({ key: 'ideas-review', title: '金点子审核', description: '转送、退回本单位职工的建议', url: IDEA_ROUTES.review })
  }
  if (judge) out.push({ key: 'ideas-judge', title: '金点子评审', description: '为分配给您的建议打分', url: IDEA_ROUTES.judge })
  if (city) {
    out.push({ key: 'works-select', title: '作品遴选', description: '选出百幅优秀作品展览', url: WORK_ROUTES.select })
    out.push({ key: 'ideas-city', title: '金点子评审统筹', description: '评审组、分配、采纳和奖项', url: IDEA_ROUTES.city })
    out.push({ key: 'competition-progress', title: '竞赛进度', description: '各行业、乡镇工会的竞赛场次', url: COMPETITION_ROUTES.progress })
  }
  out.push(...honourStaffEntries(me))
  out.push(...careStaffEntries(me))
  out.push(...reportStaffEntries(me))
  return out
}
