import { Text, View } from '@tarojs/components'
import type { Verification } from '@contract/entities/honours'
import { formatDate } from '../../../utils/date'
import { VERIFY_TEXT as T } from '../text'

export type VerifyAnswer = { kind: 'found'; v: Verification } | { kind: 'none'; message: string }

/** What the certificate check answers: valid, revoked (with the reason), or no such certificate. */
export default function VerificationCard({ answer }: { answer: VerifyAnswer }) {
  if (answer.kind === 'none') {
    return (
      <View className='verify__card' id='verify-result'>
        <Text className='verify__state verify__state--none'>{T.notFound}</Text>
        <Text className='verify__hint'>{answer.message}</Text>
      </View>
    )
  }
  const v = answer.v
  return (
    <View className='verify__card' id='verify-result'>
      <Text className={`verify__state verify__state--${v.status}`}>{v.status === 'valid' ? T.valid : T.revoked}</Text>
      <Text className='verify__line'>姓名：{v.name}</Text>
      <Text className='verify__line'>荣誉：{v.category}</Text>
      <Text className='verify__line'>颁发单位：{v.issuer}</Text>
      <Text className='verify__line'>颁发日期：{formatDate(v.issuedAt)}</Text>
      <Text className='verify__line'>证书编号：{v.number}</Text>
      {v.status === 'revoked' && <Text className='verify__hint'>撤销原因：{v.revokedReason}</Text>}
    </View>
  )
}
