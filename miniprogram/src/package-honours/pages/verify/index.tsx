import { Input, Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CERTIFICATE_NUMBER_LENGTH } from '@contract/entities/honours'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import VerificationCard, { type VerifyAnswer } from '../../../features/honours/components/verification-card'
import { HONOUR_ROUTES } from '../../../features/honours/routes'
import { VERIFY_TEXT as T } from '../../../features/honours/text'
import './index.scss'

type Answer = VerifyAnswer | null

/** The public certificate check: opens from the certificate's QR code (scene = the number) or by typing it. */
export default function VerifyPage() {
  const { params } = useRouter()
  const initial = params.no ?? (params.scene ? decodeURIComponent(params.scene) : '')
  const [number, setNumber] = useState(initial)
  const [answer, setAnswer] = useState<Answer>(null)
  const [busy, setBusy] = useState(false)
  useShareAppMessage(() => ({ title: '职工风采 · 电子证书查验', path: HONOUR_ROUTES.verify() }))

  const check = async (value: string) => {
    if (!value.trim() || busy) return
    setBusy(true)
    const res = await call('honours.verify', { number: value.trim() })
    setBusy(false)
    if (res.ok) setAnswer({ kind: 'found', v: res.data })
    else setAnswer({ kind: 'none', message: notFoundMessage(res.error) })
  }
  useEffect(() => {
    if (initial) void check(initial)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial])

  return (
    <View className='verify'>
      <Text className='verify__intro'>{T.intro}</Text>
      <View className='verify__row'>
        <Input
          className='verify__input'
          value={number}
          placeholder={T.placeholder}
          maxlength={CERTIFICATE_NUMBER_LENGTH}
          onInput={(e) => setNumber(e.detail.value)}
          onConfirm={() => void check(number)}
        />
        <View className='verify__go' onClick={() => void check(number)}>
          {busy ? '…' : T.action}
        </View>
      </View>
      {answer && <VerificationCard answer={answer} />}
    </View>
  )
}

function notFoundMessage(error: AppErrorBody): string {
  if (error.code === 'COMMON.VALIDATION') return error.issues?.[0]?.message ?? T.notFoundHint
  if (error.code === 'HONOUR.CERT_NOT_FOUND') return T.notFoundHint
  return error.message
}
