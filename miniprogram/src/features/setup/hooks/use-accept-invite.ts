// A chair's acceptance: their name (saved to the profile when it is new), the code (from the scanned
// mini-program code, or typed), then org.acceptChairInvite.
import { useState } from 'react'
import type { Me } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import { toastDone } from '../../../services/feedback'
import { refreshMe } from '../../../services/me'
import { normalizeInviteCode } from '../../org/invite-code'
import { useSubmit } from '../../../hooks/use-submit'
import { nameProblem, useNameFields } from './use-name-fields'

export function useAcceptInvite(me: Me, initialCode: string) {
  const names = useNameFields(me)
  const [code, setCode] = useState(initialCode)
  const [error, setError] = useState<AppErrorBody>()
  const [accepted, setAccepted] = useState<{ unitName: string; role: 'unit_chair' | 'area_chair' }>()
  const submit = useSubmit(async () => {
    const nameIssue = nameProblem(names.values)
    if (nameIssue) return setError({ code: 'COMMON.VALIDATION', message: nameIssue })
    const realName = names.values.realName.trim()
    const nickname = names.values.nickname.trim()
    if (realName !== me.realName || nickname !== me.nickname) {
      const saved = await call('people.saveProfile', { realName, nickname, job: me.job, employeeNo: me.employeeNo })
      if (!saved.ok) return setError(saved.error)
    }
    const res = await call('org.acceptChairInvite', { code: normalizeInviteCode(code) })
    if (!res.ok) return setError(res.error)
    setError(undefined)
    setAccepted({ unitName: res.data.unit.name, role: res.data.role })
    await refreshMe()
    toastDone('已成为单位工会主席')
  })
  return { names, code, setCode, error, accepted, accept: () => void submit.run(), busy: submit.busy }
}
