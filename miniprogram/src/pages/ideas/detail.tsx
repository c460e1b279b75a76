import { Button as TaroButton, Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { ShowcaseIdea } from '@contract/entities/ideas'
import IdeaTags, { peopleLine } from '../../features/ideas/components/idea-tags'
import IdeaBody from '../../features/ideas/components/idea-body'
import { Loaded } from '../../components/page-state'
import { useCloudQuery } from '../../hooks/use-cloud-query'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import { inMomentsSinglePage, open } from '../../services/navigation'
import { formatFullDate } from '../../utils/date'
import { IDEA_ROUTES } from '../../features/ideas/routes'
import './index.scss'

function Detail({ idea, single }: { idea: ShowcaseIdea; single: boolean }) {
  const people = peopleLine(idea.authorName, idea.coAuthorNames)
  return (
    <View className='ideas-showcase ideas-detail' id='showcase-idea'>
      <View className='ideas-detail__card'>
        <IdeaTags idea={idea} block='ideas-detail' />
        <Text className='ideas-detail__title'>{idea.title}</Text>
        <Text className='ideas-detail__who'>{people}</Text>
        <Text className='ideas-detail__who'>{idea.unitName}</Text>
        <Text className='ideas-detail__when'>{formatFullDate(idea.adoptedAt)} 由市总工会采纳</Text>
        <IdeaBody idea={idea} imageUrls={idea.imageUrls} />
      </View>
      {!single && (
        <View className='ideas-detail__more'>
          {process.env.TARO_ENV === 'weapp' && (
            <TaroButton className='ideas-detail__share' openType='share'>
              分享给工友
            </TaroButton>
          )}
          <Text className='ideas-detail__link' onClick={() => open(IDEA_ROUTES.showcase)}>
            看更多金点子 ›
          </Text>
        </View>
      )}
    </View>
  )
}

export default function ShowcaseIdeaPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = useCloudQuery('ideas.showcaseDetail', { ideaId: id })
  const { data } = query
  usePageRefresh(query)
  const single = inMomentsSinglePage()
  // The card carries the idea's id, so whoever opens it lands on this idea.
  useShareAppMessage(() => ({ title: data ? `${data.award ? `【${data.award}】` : ''}${data.title}` : '职工金点子', path: IDEA_ROUTES.detail(id) }))
  useShareTimeline(() => ({ title: data ? data.title : '职工金点子', query: `id=${encodeURIComponent(id)}` }))
  return (
    <Loaded state={query} data={data} skeleton={{ hero: false, rows: 4 }}>
      {(idea) => <Detail idea={idea} single={single} />}
    </Loaded>
  )
}
