// Day one's words, in one place.
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, SETUP_CODE_MIN_LENGTH } from '@contract/actions/setup'
import type { ImportPlanRow } from '@contract/entities/setup'
import { ROLE_LABELS, UNIT_TYPE_LABELS } from '@contract/roles'

export const SETUP_TEXT = {
  entryGroup: '开始使用',
  setupEntry: '初始化设置',
  setupEntryHint: '用部署人员提供的初始化码创建市总工会，成为管理员',
  wizardEntry: '初始化向导',
  wizardEntryHint: '导入组织架构、邀请各单位主席、设置活动',
  chairEntry: '我是工会主席',
  chairEntryHint: '输入市总工会发给您的主席邀请码',
  claimTitle: '初始化设置',
  claimIntro: `这是一个新的小程序环境。请输入部署人员在云函数 org 的环境变量中设置的初始化码（至少 ${SETUP_CODE_MIN_LENGTH} 位），创建市总工会并成为第一位管理员。初始化码只能使用一次。`,
  codeLabel: '初始化码',
  cityLabel: '市总工会名称',
  cityHint: '例如：某某市总工会',
  claimButton: '创建市总工会',
  doneTitle: '本系统已完成初始化',
  doneText: '如需管理权限，请联系市总工会管理员。',
  wizardTitle: '初始化向导',
  steps: [
    { key: 'city', title: '创建市总工会', text: '已完成' },
    { key: 'import', title: '导入组织架构', text: '下载模板，填好各行业、乡镇（街道）和基层工会，上传预览后导入' },
    { key: 'invite', title: '邀请各单位主席', text: '为每个还没有主席的单位生成一次性邀请码，打印或转发' },
    { key: 'campaign', title: '设置活动', text: '活动名称、起止日期和各项目标' },
  ],
  createCampaign: '创建本次活动',
  templateButton: '下载导入模板',
  pickButton: '选择填好的表格',
  pickHint: `只支持 .xlsx；列为：${IMPORT_COLUMNS.join('、')}；一次最多 ${IMPORT_MAX_ROWS} 行`,
  previewTitle: '导入预览',
  applyButton: '确认导入',
  fixFirst: '请按提示修改表格后重新上传，有错误的表格不会导入任何单位',
  nothingNew: '表格中的单位都已存在，无需导入',
  issueButton: '为所有单位生成主席邀请码',
  sheetButton: '下载邀请码表格',
  inviteUsed: '已使用',
  inviteExpired: '已过期',
  acceptTitle: '成为单位工会主席',
  acceptIntro: '市总工会发给您的邀请码只能使用一次。接受后您将加入该单位，并担任主席。',
  acceptButton: '接受邀请',
} as const

export const importActionLabel = (a: ImportPlanRow['action']) => (a === 'create' ? '新建' : '已存在')
export const unitTypeLabel = (t: keyof typeof UNIT_TYPE_LABELS) => UNIT_TYPE_LABELS[t]
export const roleLabel = (r: keyof typeof ROLE_LABELS) => ROLE_LABELS[r]

/** A campaign created from the wizard starts as the plan's May Day campaign; its real dates are set next. */
export const DEFAULT_CAMPAIGN_TITLE = '庆“五一”系列活动'
