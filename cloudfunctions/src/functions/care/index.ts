// Cloud function `care`: 展工会爱心 care visits (R7), sensitive personal information kept apart: its own
// collections behind domains/care/repo.ts and access-log-repo.ts, and every call logged — answered calls by
// their handlers (with the records they touched), refused ones here. The daily timer runs retention.
import type { Result } from '../../../../types/errors'
import { exportVisits } from '../../domains/care/export'
import { accessLog, verifyLog } from '../../domains/care/log-actions'
import { record } from '../../domains/care/record'
import { people } from '../../domains/care/person'
import { logRefusal } from '../../domains/care/refusals'
import { retention, runRetention, setRetention } from '../../domains/care/retention'
import { followUp, visitOne, visitsOf } from '../../domains/care/visits'
import { callerOpenid } from '../../lib/caller'
import { createFunction } from '../../lib/handler'

const actions = createFunction('care', {
  'care.record': record,
  'care.people': people,
  'care.visits': visitsOf,
  'care.visit': visitOne,
  'care.followUp': followUp,
  'care.export': exportVisits,
  'care.accessLog': accessLog,
  'care.verifyLog': verifyLog,
  'care.retention': retention,
  'care.setRetention': setRetention,
})

/** A timer trigger's event ({ Type: 'Timer', TriggerName, Time }), which never carries a user. */
const isTimer = (event: unknown): boolean => Boolean(event && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer')

export async function main(event: unknown): Promise<Result<unknown>> {
  if (isTimer(event) && !callerOpenid()) {
    // The platform's firing time (UTC, to the second); the clock if it is missing or malformed.
    const fired = Date.parse(String((event as { Time?: unknown }).Time))
    const data = await runRetention(Number.isFinite(fired) ? fired : Date.now())
    return { ok: true, data }
  }
  const res = await actions(event)
  if (!res.ok) {
    try {
      await logRefusal(event, res.error.code, Date.now())
    } catch (e) {
      // The refusal stands either way; a log that cannot be written is a fault to see in the function's log.
      console.error('[care] refusal not logged:', e)
    }
  }
  return res
}
