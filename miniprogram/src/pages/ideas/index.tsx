import { ScrollView, Text, View } from '@tarojs/components'
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useState } from 'react'
import type { IdeaType } from '@contract/entities/ideas'
import { IDEA_TYPES } from '@contract/entities/ideas'
import Button from '../../components/button'
import EmptyState from '../../components/empty-state'
import IdeaCard from '../../features/ideas/components/idea-card'
import { ListBody } from '../../components/page-state'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import { useCloudQuery } from '../../hooks/use-cloud-query'
import { usePagedList } from '../../hooks/use-paged-list'
import { inMomentsSinglePage, open } from '../../services/navigation'
import { groupDigits } from '../../utils/number'
import { IDEA_ROUTES } from '../../features/ideas/routes'
import './index.scss'

const SHARE_TITLE = '职工金点子展示：一线职工的好办法'

/** How far the campaign is toward its 1,000 ideas, and how many the city union adopted. */
function Counts() {
  const { data } = useCloudQuery('campaign.home', {})
  const target = data?.targets.find((t) => t.key === 'ideas')
  if (!data || !target) return null
  return (
    <View className='ideas-showcase__counts' id='idea-counts'>
      <View className='ideas-showcase__count'>
        <Text className='ideas-showcase__number'>{groupDigits(target.count)}</Text>
        <Text className='ideas-showcase__label'>已征集 / 目标 {groupDigits(target.goal)} 条</Text>
      </View>
      <View className='ideas-showcase__count'>
        <Text className='ideas-showcase__number'>{groupDigits(data.stats.ideasAdopted)}</Text>
        <Text className='ideas-showcase__label'>已采纳</Text>
      </View>
    </View>
  )
}

export default function IdeasShowcasePage() {
  const [type, setType] = useState<IdeaType | undefined>()
  const list = usePagedList('ideas.showcase', type ? { type } : {})
  const single = inMomentsSinglePage()
  usePageRefresh(list)
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: IDEA_ROUTES.showcase }))
  useShareTimeline(() => ({ title: SHARE_TITLE }))

  return (
    <View className='ideas-showcase'>
      <View className='ideas-showcase__hero'>
        <Text className='ideas-showcase__eyebrow'>展职工智慧</Text>
        <Text className='ideas-showcase__title'>金点子展示</Text>
        <Text className='ideas-showcase__lead'>合理化建议、技术革新、发明创造……经专家评审、市总工会采纳的一线好办法。</Text>
        <Counts />
        {!single && (
          <View className='ideas-showcase__actions'>
            <Button id='go-write' type='primary' size='large' onClick={() => open(IDEA_ROUTES.submit())}>
              我要提金点子
            </Button>
            <Button id='go-hub' size='large' onClick={() => open(IDEA_ROUTES.hub)}>
              我的 · 审核评审
            </Button>
          </View>
        )}
      </View>
      <ScrollView className='ideas-showcase__types' scrollX>
        {[undefined, ...IDEA_TYPES].map((t) => (
          <Text key={t ?? 'all'} className={`ideas-showcase__type${type === t ? ' ideas-showcase__type--on' : ''}`} onClick={() => setType(t)}>
            {t ?? '全部'}
          </Text>
        ))}
      </ScrollView>
      <View className='ideas-showcase__list' id='showcase-list'>
        <ListBody
          list={list}
          empty={
            <EmptyState
              compact
              mark='点'
              title='还没有采纳的金点子'
              message='专家评审、市总工会采纳后会在这里展示。'
              actionText={single ? undefined : '我要提金点子'}
              onAction={single ? undefined : () => open(IDEA_ROUTES.submit())}
            />
          }
        >
          {(items) => items.map((i) => <IdeaCard key={i.id} idea={i} onClick={() => open(IDEA_ROUTES.detail(i.id))} />)}
        </ListBody>
      </View>
    </View>
  )
}
