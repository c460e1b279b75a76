// The setup page's claim: the deployer's code, the city union's name and the caller's own name (the
// server sets the profile with the city admin role, in one transaction).
import { useState } from 'react'
import type { Me } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import { UNIT_NAME_MAX, UNIT_NAME_MIN } from '@contract/actions/setup'
import { call } from '../../../services/cloud'
import { toastDone } from '../../../services/feedback'
import { refreshMe } from '../../../services/me'
import { useSubmit } from '../../../hooks/use-submit'
import { nameProblem, useNameFields } from './use-name-fields'

const problem = (message: string): AppErrorBody => ({ code: 'COMMON.VALIDATION', message })

export function useClaim(me: Me, onClaimed: () => void) {
  const names = useNameFields(me)
  const [code, setCode] = useState('')
  const [cityName, setCityName] = useState('')
  const [error, setError] = useState<AppErrorBody>()
  const submit = useSubmit(async () => {
    const name = cityName.trim()
    const nameIssue = nameProblem(names.values)
    if (nameIssue) return setError(problem(nameIssue))
    if (!code.trim()) return setError(problem('请输入初始化码'))
    if (name.length < UNIT_NAME_MIN || name.length > UNIT_NAME_MAX) return setError(problem(`市总工会名称应为 ${UNIT_NAME_MIN}–${UNIT_NAME_MAX} 个字`))
    const res = await call('org.claimSetup', {
      code: code.trim(),
      cityName: name,
      realName: names.values.realName.trim(),
      nickname: names.values.nickname.trim(),
    })
    if (!res.ok) return setError(res.error)
    setError(undefined)
    await refreshMe()
    toastDone('已创建市总工会')
    onClaimed()
  })
  return { names, code, setCode, cityName, setCityName, error, claim: () => void submit.run(), busy: submit.busy }
}
