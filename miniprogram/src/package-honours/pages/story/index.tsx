import { Button, Image, Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useState } from 'react'
import type { StoryPublic } from '@contract/entities/honours'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { inMomentsSinglePage, open } from '../../../services/navigation'
import { formatFullDate } from '../../../utils/date'
import { HONOUR_ROUTES } from '../../../features/honours/routes'
import { STORY_TEXT as T } from '../../../features/honours/text'
import '../../../features/honours/styles/honours.scss'

function Story({ story, moments }: { story: StoryPublic; moments: boolean }) {
  const [likes, setLikes] = useState({ liked: story.liked, likeCount: story.likeCount })
  const like = useSubmit(async () => {
    if (likes.liked) return
    const res = await call('honours.likeStory', { storyId: story.id })
    if (res.ok) setLikes(res.data)
    else toastError(res.error)
  })
  return (
    <View className='hon' id='story'>
      <View className='hon__card'>
        <Text className='hon__title'>{story.title}</Text>
        <Text className='hon__muted'>
          {story.name} · {story.category} · {story.unitName}
        </Text>
        <Text className='hon__muted'>{formatFullDate(story.publishedAt)}</Text>
        <Text className='hon__text'>{story.lead}</Text>
      </View>
      <View className='hon__card'>
        {story.blocks.map((b, i) =>
          b.kind === 'paragraph' ? (
            <Text key={i} className='hon__text'>
              {b.text}
            </Text>
          ) : b.url ? (
            <View key={i}>
              <Image className='hon__image' src={b.url} mode='widthFix' />
              {b.caption && <Text className='hon__muted'>{b.caption}</Text>}
            </View>
          ) : null,
        )}
      </View>
      {!moments && (
        <View className={`hon__button${likes.liked ? ' hon__button--plain' : ''}`} id='story-like' onClick={() => void like.run()}>
          {likes.liked ? T.liked : T.like} ♥ {likes.likeCount}
        </View>
      )}
      {!moments && (
        <Button className='hon__button hon__button--plain' openType='share'>
          {T.share}
        </Button>
      )}
      <Text className='hon__link' onClick={() => open(HONOUR_ROUTES.stories)}>
        {T.more}
      </Text>
    </View>
  )
}

/** One 匠心筑梦 story: opens cold from a shared card (chat or Moments) without sign-in. */
export default function StoryPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = useCloudQuery('honours.story', { storyId: id })
  usePageRefresh(query)
  const [moments] = useState(inMomentsSinglePage)
  useShareAppMessage(() => {
    const s = query.data?.share
    return s ? { title: s.title, path: s.path, imageUrl: s.imageUrl ?? undefined } : { title: T.column, path: HONOUR_ROUTES.story(id) }
  })
  useShareTimeline(() => ({ title: query.data?.share.title ?? T.column, query: `id=${id}`, imageUrl: query.data?.share.imageUrl ?? undefined }))
  return (
    <Loaded state={query} data={query.data}>
      {(story) => <Story key={story.id} story={story} moments={moments} />}
    </Loaded>
  )
}
