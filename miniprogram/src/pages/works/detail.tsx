import { Button as TaroButton, Image, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { WorkPublic } from '@contract/entities/works'
import EmptyState from '../../components/empty-state'
import { Loaded } from '../../components/page-state'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import WorkLikeButton from '../../features/works/components/work-like-button'
import { useCloudQuery } from '../../hooks/use-cloud-query'
import { formatDate } from '../../utils/date'
import { inMomentsSinglePage } from '../../services/navigation'
import { WORK_ROUTES } from '../../features/works/routes'
import { useLike } from '../../features/works/hooks/use-like'
import './detail.scss'

function WorkView({ work, moments }: { work: WorkPublic; moments: boolean }) {
  const initial = useMemo(() => ({ liked: work.liked, likeCount: work.likeCount }), [work.liked, work.likeCount])
  const like = useLike(work.id, initial)
  const previews = work.images.map((im) => im.previewUrl ?? im.thumbUrl ?? '').filter(Boolean)
  const show = (i: number) => previews.length && void Taro.previewImage({ urls: previews, current: previews[i] ?? previews[0] })

  return (
    <View className='work-detail'>
      <View className='work-detail__images'>
        {work.images.map((im, i) => (
          <View key={i} className='work-detail__image-box' onClick={() => show(i)}>
            {/* The large-view size (≤ 1080 px), never the original; the first one loads first. */}
            <Image className='work-detail__image' src={im.previewUrl ?? im.thumbUrl ?? ''} mode='widthFix' lazyLoad={i > 0} showMenuByLongpress />
          </View>
        ))}
        {previews.length > 1 && <Text className='work-detail__hint'>共 {previews.length} 张，点图片可以放大</Text>}
      </View>

      <View className='work-detail__card'>
        <View className='work-detail__head'>
          <Text className='work-detail__category'>{work.category}</Text>
          <Text className='work-detail__title' id='work-detail-title'>
            {work.title}
          </Text>
        </View>
        <Text className='work-detail__author'>作者：{work.authorName}</Text>
        <Text className='work-detail__unit'>{work.unitName}</Text>
        <Text className='work-detail__desc'>{work.description}</Text>
        <Text className='work-detail__date'>{formatDate(work.exhibitedAt)} 入选职工作品展</Text>
      </View>

      <View className='work-detail__bar'>
        {moments ? (
          <Text className='work-detail__likes'>♥ {like.likeCount} 人点赞</Text>
        ) : (
          <WorkLikeButton liked={like.liked} count={like.likeCount} busy={like.busy} onToggle={like.toggle} />
        )}
        {process.env.TARO_ENV === 'weapp' ? (
          <TaroButton className='work-detail__share' openType='share'>
            分享给工友
          </TaroButton>
        ) : (
          <View className='work-detail__share' onClick={() => void Taro.showToast({ title: '请点右上角“···”分享', icon: 'none' })}>
            分享给工友
          </View>
        )}
      </View>

      {!moments && (
        <View className='work-detail__more' onClick={() => void Taro.redirectTo({ url: WORK_ROUTES.gallery })}>
          看更多职工作品 ›
        </View>
      )}
    </View>
  )
}

/** The page of an exhibited work: opens from a shared card for anyone, signed in or not. */
export default function WorkDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = useCloudQuery('works.detail', { workId: id })
  const { data, error, loading } = query
  const [moments] = useState(inMomentsSinglePage)

  usePageRefresh(query)
  const title = data ? `${data.title}｜${data.authorName} · ${data.unitName}` : '职工作品展'
  const imageUrl = data?.images[0]?.previewUrl ?? undefined
  useShareAppMessage(() => ({ title, path: WORK_ROUTES.detail(id), imageUrl }))
  useShareTimeline(() => ({ title, query: `id=${encodeURIComponent(id)}`, imageUrl }))

  if (!data && error && !loading && (error.code === 'WORK.NOT_FOUND' || error.code === 'COMMON.VALIDATION')) {
    return (
      <EmptyState
        mark='展'
        title='这件作品不在展览中'
        message='它可能已经撤展。去看看正在展出的其他作品吧。'
        actionText={moments ? undefined : '去看作品展'}
        onAction={moments ? undefined : () => void Taro.redirectTo({ url: WORK_ROUTES.gallery })}
      />
    )
  }
  return (
    <Loaded state={query} data={data} skeleton={{ hero: true, rows: 2 }}>
      {(work) => <WorkView work={work} moments={moments} />}
    </Loaded>
  )
}
