// The in-app side of a reminder: 我的 shows the chair's 工作总结 entry with a to-do count (people.todo) while
// a recent reminder waits unanswered. One indexed query: the chair's units with an unsettled reminder from
// the last REMINDER_OPEN_DAYS days (a reminder is settled when the unit submits; older ones, e.g. of an
// earlier campaign, no longer count).
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import { db } from '../../lib/cloud'
import { reminders } from './repo'

export async function unitsReminded(unitIds: string[], now: number): Promise<number> {
  if (unitIds.length === 0) return 0
  const _ = db().command
  const res = await reminders()
    .where({ unitId: _.in(unitIds), settled: false, at: _.gte(new Date(now - REPORT_LIMITS.reminderOpenDays * 86_400_000)) })
    .field({ unitId: true })
    .limit(1000)
    .get()
  return new Set(res.data.map((r) => r.unitId)).size
}
