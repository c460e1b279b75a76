// One visit and its follow-up actions (move the date, mark done).
import { useState } from 'react'
import type { AppErrorBody } from '@contract/errors'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { fromDateInput } from '../../../utils/date'

export function useVisit(visitId: string) {
  const query = useCloudQuery('care.visit', { visitId })
  const [actionError, setActionError] = useState<AppErrorBody>()
  const done = useSubmit(async (note: string) => {
    const res = await call('care.followUp', { visitId, done: true, note: note.trim() })
    if (res.ok) await query.reload()
    else setActionError(res.error)
  })
  const move = useSubmit(async (ymd: string) => {
    const at = fromDateInput(ymd, 'end')
    if (!at) return
    const res = await call('care.followUp', { visitId, done: false, followUpAt: at })
    if (res.ok) await query.reload()
    else setActionError(res.error)
  })
  return { query, actionError, markDone: done.run, moveTo: move.run, busy: done.busy || move.busy }
}
