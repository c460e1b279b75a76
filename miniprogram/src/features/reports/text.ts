// The summary reports' wording, and the entries 我的 offers for them: 工作总结 for a grassroots chair,
// 工作总结汇总 for the city union and industry/township unions.
import type { Me } from '@contract/entities/people'
import type { ReportStatus } from '@contract/entities/reports'
import type { StatusTone } from '../../components/status-tag'
import { unitsWithRole } from '../org/staff'
import { REPORT_ROUTES } from './routes'

export const READER_ROLES = ['city_admin', 'area_chair'] as const

export const REPORT_TEXT = {
  draftHint: '已根据本单位的活动数据生成初稿，请修改补充后提交。',
  saveDraft: '保存草稿',
  submit: '提交总结',
  resubmit: '重新提交',
  saved: '草稿已保存',
  submitted: '工作总结已提交',
  accepted: '工作总结已被市总工会采纳，不能再修改。',
  waiting: '已提交，等待上级工会审阅。如需修改，可以改好后重新提交。',
  photoChecking: '照片正在做安全检查',
  photoRisky: '照片未通过安全检查，已隐藏',
  uploading: '照片还在上传，请稍候',
  remindOne: '提醒',
  remindAll: '提醒全部未提交单位',
  reminded: '今日已提醒',
  export: '导出全部总结',
  emptyTab: { submitted: '还没有按时提交的单位', missing: '所有单位都已提交', late: '没有逾期提交的单位' },
  figures: '本单位活动数据',
} as const

export const REPORT_STATUS_TONES: Record<ReportStatus, StatusTone> = {
  draft: 'muted',
  submitted: 'pending',
  returned: 'rejected',
  accepted: 'approved',
}

/** The due date line, with 已逾期 once it has passed. */
export const dueText = (due: string, passed: boolean) => `提交截止：${due}${passed ? '（已过截止时间，仍可提交，将标为逾期）' : ''}`

export function reportStaffEntries(me: Pick<Me, 'roles'> | undefined): Array<{ key: string; title: string; description: string; url: string }> {
  const out = []
  const chairOf = unitsWithRole(me, ['unit_chair'])
  if (chairOf.length)
    out.push({ key: 'reports-mine', title: '工作总结', description: '填写并提交本单位的活动总结和照片', url: REPORT_ROUTES.mine(chairOf[0].id) })
  if (unitsWithRole(me, READER_ROLES).length)
    out.push({ key: 'reports-status', title: '工作总结汇总', description: '各基层工会提交情况、催报、审阅和导出', url: REPORT_ROUTES.status })
  return out
}
