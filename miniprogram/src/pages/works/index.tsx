import { Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useState } from 'react'
import type { WorkCategory } from '@contract/entities/works'
import Button from '../../components/button'
import EmptyState from '../../components/empty-state'
import SearchBox from '../../components/search-box'
import { ListBody } from '../../components/page-state'
import WorkCard from '../../features/works/components/work-card'
import WorkCategoryTabs from '../../features/works/components/work-category-tabs'
import { usePagedList } from '../../hooks/use-paged-list'
import { inMomentsSinglePage } from '../../services/navigation'
import { WORK_ROUTES } from '../../features/works/routes'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import './index.scss'

const SHARE_TITLE = '职工作品展：书法、绘画、摄影、雕刻、湘绣，百幅职工佳作'

/** The exhibition: one cloud call a page (works.gallery answers the cards with their thumbnails). */
export default function GalleryPage() {
  const [category, setCategory] = useState<WorkCategory>()
  const [keyword, setKeyword] = useState('')
  const list = usePagedList('works.gallery', { ...(category ? { category } : {}), ...(keyword ? { keyword } : {}) })
  const [moments] = useState(inMomentsSinglePage)

  usePageRefresh(list)
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: WORK_ROUTES.gallery, imageUrl: list.items[0]?.coverUrl ?? undefined }))
  useShareTimeline(() => ({ title: SHARE_TITLE, imageUrl: list.items[0]?.coverUrl ?? undefined }))

  const open = (id: string) => void Taro.navigateTo({ url: WORK_ROUTES.detail(id) })

  return (
    <View className='gallery'>
      <View className='gallery__hero'>
        <Text className='gallery__org'>市总工会 · 庆“五一”</Text>
        <Text className='gallery__title'>职工作品展</Text>
        <Text className='gallery__lead'>一线职工的书法、绘画、摄影、雕刻和湘绣，经各级工会选送，市总工会遴选百幅展出。</Text>
        {!moments && (
          <View className='gallery__actions'>
            <Button
              id='gallery-submit'
              className='gallery__action'
              size='large'
              type='primary'
              onClick={() => void Taro.navigateTo({ url: WORK_ROUTES.submit() })}
            >
              我要投稿
            </Button>
            <Button
              id='gallery-mine'
              className='gallery__action gallery__action--plain'
              size='large'
              onClick={() => void Taro.navigateTo({ url: WORK_ROUTES.mine })}
            >
              我的作品
            </Button>
          </View>
        )}
      </View>

      <WorkCategoryTabs active={category} onChange={setCategory} />
      <SearchBox id='gallery-search' placeholder='搜索作品名称或作者' value={keyword} onSearch={setKeyword} />

      <ListBody
        list={list}
        empty={
          <EmptyState
            mark='展'
            title={keyword ? `没有找到“${keyword}”` : category ? `还没有入展的${category}作品` : '作品展正在筹备'}
            message={keyword ? '换个字词试试，作品名称和作者姓名都能搜。' : '各单位工会正在选送作品，市总工会遴选后会在这里展出。'}
            actionText={moments ? undefined : '我要投稿'}
            onAction={moments ? undefined : () => void Taro.navigateTo({ url: WORK_ROUTES.submit() })}
          />
        }
        className='gallery__grid'
        id='gallery-grid'
        item={(w) => (
          <View key={w.id} className='gallery__cell'>
            <WorkCard work={w} onOpen={open} />
          </View>
        )}
      />
    </View>
  )
}
