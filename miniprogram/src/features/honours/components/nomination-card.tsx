import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { CONSENT_LABELS, NOMINATION_STATUS_LABELS, type NominationView } from '@contract/entities/honours'
import { formatDateTime } from '../../../utils/date'

/** A nomination as its chair and the reviewers see it: the person, the case, consent, where it stands. */
export default function NominationCard({ n, full = false, children }: { n: NominationView; full?: boolean; children?: ReactNode }) {
  return (
    <View className='hon__card' id={`nomination-${n.id}`}>
      <View className='hon__row'>
        <Text className='hon__title'>{n.nomineeName || '（未填姓名）'}</Text>
        <Text className='hon__tag'>{NOMINATION_STATUS_LABELS[n.status]}</Text>
      </View>
      <Text className='hon__muted'>{[n.category, n.job, n.unit.name].filter(Boolean).join(' · ')}</Text>
      <Text className='hon__muted'>{CONSENT_LABELS[n.consent]}</Text>
      {n.atUnit && n.status === 'reviewing' && <Text className='hon__muted'>审核单位：{n.atUnit.name}</Text>}
      {n.reason && ['returned', 'rejected', 'removed'].includes(n.status) && <Text className='hon__text hon__over'>原因：{n.reason}</Text>}
      {full && n.photoUrl && <Image className='hon__photo' src={n.photoUrl} mode='aspectFill' />}
      {full && <Text className='hon__text'>{n.deeds}</Text>}
      <Text className='hon__muted'>更新于 {formatDateTime(n.updatedAt)}</Text>
      {children}
    </View>
  )
}
