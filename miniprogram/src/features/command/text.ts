// The steering pages' wording (zh-CN) and who is offered them in 我的. The server checks every action
// (campaign.dashboard, campaign.publishNotice and campaign.noticeReceipts take the city union and
// industry/township chairs within their subtree); these only keep others from being offered them.
import type { UnitStatKey } from '@contract/entities/dashboard'
import type { Me } from '@contract/entities/people'
import type { Role } from '@contract/roles'
import { unitsWithRole } from '../org/staff'
import { COMMAND_ROUTES } from './routes'

/** Who steers: the dashboard, publishing notices and their receipts. */
export const STEERING_ROLES: readonly Role[] = ['city_admin', 'area_chair']

export const STAT_LABELS: Record<UnitStatKey, string> = { participants: '参与职工', entries: '作品与建议', competitions: '举办竞赛' }
export const STAT_UNITS: Record<UnitStatKey, string> = { participants: '人', entries: '件', competitions: '场' }

export const COMMAND_TEXT = {
  dashboardTitle: '活动工作台',
  noDashboard: '工作台供市总工会和行业、乡镇（街道）工会使用',
  targets: '目标进度',
  trend: '每日趋势',
  trendHint: '活动开始至今每天新增',
  boards: '单位排行',
  idle: '尚未开展活动的基层工会',
  idleNone: '所有基层工会都已开展活动',
  noticesTitle: '通知公告',
  noNotices: '还没有通知',
  noNoticesHint: '市总工会和上级工会发布的通知会显示在这里',
  unread: '未读',
  pinned: '置顶',
  attachments: '附件',
  receipts: '查看阅读情况',
  publish: '发布通知',
  publishTitle: '发布通知',
  audience: '发送范围',
  audienceHint: '选中的单位及其下属单位都能收到',
  pin: '在首页置顶',
  pinDays: '置顶天数',
  addFile: '添加附件',
  published: '通知已发布',
  receiptsTitle: '阅读情况',
  notMember: '加入单位后可以看到单位收到的通知',
} as const

/** 我的 → 工会工作: the dashboard and publishing, for the city union and industry/township chairs. */
export function commandStaffEntries(me: Pick<Me, 'roles'> | undefined) {
  if (unitsWithRole(me, STEERING_ROLES).length === 0) return []
  return [
    { key: 'command-dashboard', title: COMMAND_TEXT.dashboardTitle, description: '目标进度、每日趋势、单位排行', url: COMMAND_ROUTES.dashboard },
    { key: 'command-publish', title: COMMAND_TEXT.publish, description: '向全市或下属单位发通知，查看阅读情况', url: COMMAND_ROUTES.publish },
  ]
}

/** "3 条未读", or nothing. */
export const unreadText = (n: number) => (n > 0 ? `${n > 99 ? '99+' : n} 条未读` : undefined)
