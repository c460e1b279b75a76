import { Text, View } from '@tarojs/components'
import { useReachBottom, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useState } from 'react'
import type { NoticeLine } from '@contract/entities/honours'
import { HONOUR_LIMITS } from '@contract/entities/honours'
import EmptyState from '../../../components/empty-state'
import ListFooter from '../../../components/list-footer'
import { Loaded } from '../../../components/page-state'
import ReasonDialog from '../../../components/reason-dialog'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import { inMomentsSinglePage } from '../../../services/navigation'
import { formatDate } from '../../../utils/date'
import NoticeLineRow from '../../../features/honours/components/notice-line'
import './index.scss'

/** The public notice (公示): opens from a shared card for anyone; signed-in people may object. */
export default function NoticePage() {
  const query = useCloudQuery('honours.notice', { page: 1 })
  usePageRefresh(query)
  const [more, setMore] = useState<NoticeLine[]>([])
  const [page, setPage] = useState(1)
  const [hasMore, setHasMore] = useState<boolean | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [target, setTarget] = useState<NoticeLine | null>(null)
  const [busy, setBusy] = useState(false)
  const [moments] = useState(inMomentsSinglePage)
  useShareAppMessage(() => ({ title: '先进职工评选公示', path: '/pages/honours/notice' }))
  useShareTimeline(() => ({ title: '先进职工评选公示' }))

  const canLoadMore = hasMore ?? query.data?.hasMore ?? false
  useReachBottom(async () => {
    if (!canLoadMore || loadingMore) return
    setLoadingMore(true)
    const res = await call('honours.notice', { page: page + 1 })
    setLoadingMore(false)
    if (!res.ok) return toastError(res.error)
    setMore((m) => [...m, ...res.data.items])
    setPage(page + 1)
    setHasMore(res.data.hasMore)
  })

  const object = async (reason: string) => {
    if (!target) return
    setBusy(true)
    const res = await call('honours.object', { nominationId: target.id, reason })
    setBusy(false)
    if (!res.ok) return toastError(res.error.issues?.[0] ?? res.error)
    setTarget(null)
    toastDone('已提交，市总工会将核实')
  }

  return (
    <Loaded state={query} data={query.data}>
      {(data) =>
        !data.notice ? (
          <EmptyState mark='公' title='暂无公示' message='评选结果将在这里公示，欢迎监督。' />
        ) : (
          <View className='notice'>
            <View className='notice__head'>
              <Text className='notice__title'>先进职工评选公示（共 {data.notice.total} 人）</Text>
              <Text className='notice__dates'>
                公示期：{formatDate(data.notice.startAt)} 至 {formatDate(data.notice.endAt)}
                {data.notice.open ? '' : '（已结束）'}
              </Text>
            </View>
            {[...data.items, ...more].map((line) => (
              <NoticeLineRow key={line.id} line={line} onObject={data.notice!.open && !moments ? () => setTarget(line) : undefined} />
            ))}
            <ListFooter loadingMore={loadingMore} hasMore={canLoadMore} count={data.items.length + more.length} />
            <ReasonDialog
              visible={Boolean(target)}
              title='提出异议'
              subject={target ? `${target.name} · ${target.unitName}` : undefined}
              busy={busy}
              maxLength={HONOUR_LIMITS.objection.max}
              label={`异议理由（${HONOUR_LIMITS.objection.hint}）`}
              confirmText='提交异议'
              onConfirm={(reason) => void object(reason)}
              onCancel={() => setTarget(null)}
            />
          </View>
        )
      }
    </Loaded>
  )
}
