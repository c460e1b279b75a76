import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { HONOUR_LIMITS as L } from '@contract/entities/honours'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { open } from '../../../services/navigation'
import { formatDate } from '../../../utils/date'
import { HONOUR_ROUTES } from '../routes'

/** 公示: the notice as it stands; publish the approved nominations for some days; after it, commend. */
export default function NoticeSection() {
  const notice = useCloudQuery('honours.notice', { page: 1 })
  const [days, setDays] = useState(String(L.noticeDefaultDays))
  const publish = useSubmit(async () => {
    const n = Number(days)
    if (!(await confirm({ title: '发布公示', content: `把已通过的推荐公示 ${n} 天？公示期间任何人可以提出异议。`, confirmText: '发布' }))) return
    const res = await call('honours.publishNotice', { days: n })
    if (!res.ok) return toastError(res.error.issues?.[0] ?? res.error)
    toastDone(`已公示 ${res.data.published} 人`)
    await notice.reload()
  })
  const commend = useSubmit(async () => {
    if (!(await confirm({ title: '确认表彰', content: '公示期满、异议已处理：表彰公示中的全部人员并颁发电子证书？', confirmText: '确认表彰' }))) return
    const res = await call('honours.commend', {})
    if (!res.ok) return toastError(res.error)
    toastDone(`已表彰 ${res.data.commended} 人`)
    await notice.reload()
  })
  return (
    <Loaded state={notice} data={notice.data}>
      {(data) => (
        <View id='notice-section'>
          <View className='hon__card'>
            <Text className='hon__title'>当前公示</Text>
            {data.notice ? (
              <>
                <Text className='hon__text' id='notice-state'>
                  共 {data.notice.total} 人，{formatDate(data.notice.startAt)} 至 {formatDate(data.notice.endAt)}
                  {data.notice.open ? '（公示中）' : '（已结束）'}
                </Text>
                <Text className='hon__link' onClick={() => open(HONOUR_ROUTES.notice)}>
                  查看公示页
                </Text>
              </>
            ) : (
              <Text className='hon__muted'>还没有发布公示</Text>
            )}
          </View>
          {!data.notice?.open && (
            <View className='hon__card'>
              <Text className='hon__title'>发布公示</Text>
              <Text className='hon__muted'>市总工会审核通过的推荐一起公示（{L.noticeDays.hint}）。</Text>
              <Input className='hon__input' type='number' id='notice-days' value={days} onInput={(e) => setDays(e.detail.value)} />
              <View className={`hon__button${publish.busy ? ' hon__button--busy' : ''}`} id='notice-publish' onClick={() => void publish.run()}>
                发布公示
              </View>
            </View>
          )}
          {data.notice && !data.notice.open && (
            <View className='hon__card'>
              <Text className='hon__title'>确认表彰</Text>
              <Text className='hon__muted'>公示期满且异议都已处理后，表彰仍在公示中的人员，每人获得一份电子证书。</Text>
              <View className={`hon__button${commend.busy ? ' hon__button--busy' : ''}`} id='commend' onClick={() => void commend.run()}>
                确认表彰
              </View>
            </View>
          )}
        </View>
      )}
    </Loaded>
  )
}
