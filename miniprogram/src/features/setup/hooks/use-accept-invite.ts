// A chair's acceptance: the code (from the scanned mini-program code, or typed), then org.acceptChairInvite.
import { useState } from 'react'
import type { AppErrorBody } from '../../../../../types/errors'
import { call } from '../../../services/cloud'
import { toastDone } from '../../../services/feedback'
import { refreshMe } from '../../../services/me'
import { normalizeInviteCode } from '../../../services/invite-code'
import { useSubmit } from '../../../hooks/use-submit'

export function useAcceptInvite(initialCode: string) {
  const [code, setCode] = useState(initialCode)
  const [error, setError] = useState<AppErrorBody>()
  const [accepted, setAccepted] = useState<{ unitName: string; role: 'unit_chair' | 'area_chair' }>()
  const submit = useSubmit(async () => {
    const res = await call('org.acceptChairInvite', { code: normalizeInviteCode(code) })
    if (!res.ok) return setError(res.error)
    setError(undefined)
    setAccepted({ unitName: res.data.unit.name, role: res.data.role })
    await refreshMe()
    toastDone('已成为单位工会主席')
  })
  return { code, setCode, error, accepted, accept: () => void submit.run(), busy: submit.busy }
}
