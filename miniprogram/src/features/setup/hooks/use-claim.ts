// The setup page's claim: the deployer's code and the city union's name; the caller's name comes
// from their profile (filled first, behind the privacy consent of the profile page).
import { useState } from 'react'
import type { Me } from '../../../../../types/entities/people'
import type { AppErrorBody } from '../../../../../types/errors'
import { UNIT_NAME_MAX, UNIT_NAME_MIN } from '../../../../../types/actions/setup'
import { call } from '../../../services/cloud'
import { toastDone } from '../../../services/feedback'
import { refreshMe } from '../../../services/me'
import { useSubmit } from '../../../hooks/use-submit'

export function useClaim(me: Me, onClaimed: () => void) {
  const [code, setCode] = useState('')
  const [cityName, setCityName] = useState('')
  const [error, setError] = useState<AppErrorBody>()
  const submit = useSubmit(async () => {
    const name = cityName.trim()
    if (!code.trim()) return setError({ code: 'COMMON.VALIDATION', message: '请输入初始化码' })
    if (name.length < UNIT_NAME_MIN || name.length > UNIT_NAME_MAX) return setError({ code: 'COMMON.VALIDATION', message: `市总工会名称应为 ${UNIT_NAME_MIN}–${UNIT_NAME_MAX} 个字` })
    const res = await call('org.claimSetup', { code: code.trim(), cityName: name, realName: me.realName, nickname: me.nickname })
    if (!res.ok) return setError(res.error)
    setError(undefined)
    await refreshMe()
    toastDone('已创建市总工会')
    onClaimed()
  })
  return { code, setCode, cityName, setCityName, error, claim: () => void submit.run(), busy: submit.busy }
}
