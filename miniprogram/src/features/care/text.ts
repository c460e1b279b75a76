// The care pages' wording. Picklists and their labels come from the contract (@contract/entities/care).
import type { Me } from '@contract/entities/people'
import type { Role } from '@contract/roles'
import { unitsWithRole } from '../org/staff'
import { CARE_ROUTES } from './routes'

/** Who works with care visits: chairs on their unit's chain, and the city's care officers. */
export const CARE_ROLES: readonly Role[] = ['unit_chair', 'area_chair', 'care_officer']

export const CARE_TEXT = {
  listTitle: '走访慰问',
  recordButton: '登记走访',
  privacy: '走访记录含个人敏感信息，仅本单位工会可见全名；每次查看、登记和导出都会记入访问日志。',
  emptyAll: '还没有走访记录',
  emptyDue: '近 7 天没有要回访的',
  emptyOverdue: '没有逾期未回访的',
  masked: '非本单位记录，姓名已隐去',
  withheld: '（仅本单位工会可见）',
  recorded: '已登记',
  countedYes: '已计入目标',
  countedNo: '此人已计入过，本次不重复计数',
  logTitle: '访问日志',
  verifyButton: '校验日志完整性',
  exportButton: '导出走访记录',
} as const

/** 我的 → 走访慰问 for chairs and care officers; 访问日志 for the city's care officers. */
export function careStaffEntries(me: Pick<Me, 'roles'> | undefined): Array<{ key: string; title: string; description: string; url: string }> {
  const out = []
  if (unitsWithRole(me, CARE_ROLES).length)
    out.push({ key: 'care-visits', title: '走访慰问', description: '困难职工、农民工、劳动模范走访登记和回访', url: CARE_ROUTES.visits })
  if (unitsWithRole(me, ['care_officer']).length)
    out.push({ key: 'care-log', title: '走访访问日志', description: '谁查看、登记、导出了哪些记录；导出和保存期限', url: CARE_ROUTES.log })
  return out
}

export const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`
