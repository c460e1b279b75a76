import { Input, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { CERTIFICATE_NUMBER_LENGTH, HONOUR_LIMITS as L } from '@contract/entities/honours'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import VerificationCard, { type VerifyAnswer } from '../components/verification-card'

/** 证书: revoke a certificate by its number, with the reason the public check then shows. */
export default function RevokeSection() {
  const [number, setNumber] = useState('')
  const [reason, setReason] = useState('')
  const [answer, setAnswer] = useState<VerifyAnswer>()
  const revoke = useSubmit(async () => {
    if (!(await confirm({ title: '撤销证书', content: `撤销证书 ${number.trim()}？查验页将显示“证书已撤销”和原因。`, confirmText: '撤销', danger: true })))
      return
    const res = await call('honours.revokeCertificate', { number: number.trim(), reason: reason.trim() })
    if (!res.ok) return toastError(res.error.issues?.[0] ?? res.error)
    setAnswer({ kind: 'found', v: res.data })
    toastDone('证书已撤销')
  })
  return (
    <View className='hon__card' id='revoke-section'>
      <Text className='hon__title'>撤销证书</Text>
      <Text className='hon__muted'>撤销后证书查验页显示“已撤销”和原因，不能恢复。</Text>
      <Input
        className='hon__input'
        id='revoke-number'
        value={number}
        maxlength={CERTIFICATE_NUMBER_LENGTH}
        placeholder='证书编号，例如 2027-0001-K7QM'
        onInput={(e) => setNumber(e.detail.value)}
      />
      <Textarea
        className='hon__textarea'
        id='revoke-reason'
        value={reason}
        maxlength={L.reason.max}
        placeholder={`撤销原因（${L.reason.min}–${L.reason.max} 个字）`}
        onInput={(e) => setReason(e.detail.value)}
      />
      <View className={`hon__button${revoke.busy ? ' hon__button--busy' : ''}`} id='revoke' onClick={() => void revoke.run()}>
        撤销证书
      </View>
      {answer && <VerificationCard answer={answer} />}
    </View>
  )
}
