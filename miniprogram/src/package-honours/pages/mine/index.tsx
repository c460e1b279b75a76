import { Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { CONSENT_LABELS, NOMINATION_STATUS_LABELS, type MyHonour } from '@contract/entities/honours'
import EmptyState from '../../../components/empty-state'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import CertificateCard from '../../../features/honours/components/certificate-card'
import { HONOUR_ROUTES } from '../../../features/honours/routes'
import { MINE_TEXT as T } from '../../../features/honours/text'
import '../../../features/honours/styles/honours.scss'

function Honour({ honour, onChange }: { honour: MyHonour; onChange: (h: MyHonour) => void }) {
  const consent = useSubmit(async () => {
    const res = await call('honours.confirmConsent', { nominationId: honour.id })
    if (!res.ok) return toastError(res.error)
    onChange(res.data)
    toastDone(T.consentDone)
  })
  const asks = honour.consent === 'pending' && !['rejected', 'removed'].includes(honour.status)
  return (
    <>
      <View className='hon__card'>
        <View className='hon__row'>
          <Text className='hon__title'>{honour.category ?? '先进职工'}</Text>
          <Text className='hon__tag'>{NOMINATION_STATUS_LABELS[honour.status]}</Text>
        </View>
        <Text className='hon__muted'>推荐单位：{honour.unitName}</Text>
        <Text className='hon__muted'>{CONSENT_LABELS[honour.consent]}</Text>
        {asks && (
          <>
            <Text className='hon__text'>{T.consentAsk}</Text>
            <View className={`hon__button${consent.busy ? ' hon__button--busy' : ''}`} id={`consent-${honour.id}`} onClick={() => void consent.run()}>
              {T.consentButton}
            </View>
          </>
        )}
      </View>
      {honour.certificate && <CertificateCard honour={honour} certificate={honour.certificate} />}
    </>
  )
}

/** 我的荣誉: consent to one's nomination, one's certificates (save to the album, share the check). */
export default function MyHonoursPage() {
  const query = useCloudQuery('honours.mine', {})
  usePageRefresh(query)
  const [edited, setEdited] = useState<Record<string, MyHonour>>({})
  useShareAppMessage((res) => {
    const number = (res.target as { dataset?: { number?: string } } | undefined)?.dataset?.number
    return { title: '职工风采 · 先进职工电子证书', path: HONOUR_ROUTES.verify(number) }
  })
  return (
    <Loaded state={query} data={query.data}>
      {(list) =>
        list.length === 0 ? (
          <EmptyState mark='荣' title={T.empty} message={T.emptyHint} />
        ) : (
          <View className='hon' id='my-honours'>
            {list.map((h) => (
              <Honour key={h.id} honour={edited[h.id] ?? h} onChange={(n) => setEdited((e) => ({ ...e, [n.id]: n }))} />
            ))}
          </View>
        )
      }
    </Loaded>
  )
}
