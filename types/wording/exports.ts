// Words the Excel exports write into their cells (the pages say the same things in their own tags).
import type { WorkStatus } from '../entities/works'

/** A work's status in the works export; `reviewing` is told apart by where it waits (see works/export.ts). */
export const WORK_EXPORT_STATUS: Record<Exclude<WorkStatus, 'draft' | 'blocked'> | 'recommended' | 'atCity', string> = {
  reviewing: '待审核',
  recommended: '已选送',
  atCity: '已报送市总工会',
  rejected: '未通过',
  exhibited: '已入展',
}

/** A certificate's state in the honours export. */
export const CERTIFICATE_STATE = { valid: '有效', revoked: '已撤销' } as const
