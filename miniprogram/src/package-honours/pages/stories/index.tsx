import { Image, Text, View } from '@tarojs/components'
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import { usePagedList } from '../../../hooks/use-paged-list'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { open } from '../../../services/navigation'
import { HONOUR_ROUTES } from '../../../features/honours/routes'
import { STORY_TEXT as T } from '../../../features/honours/text'
import '../../../features/honours/styles/honours.scss'

/** 匠心筑梦: the published stories, newest first; opens for anyone from a shared card or the home page. */
export default function StoriesPage() {
  const list = usePagedList('honours.stories', {})
  usePageRefresh(list)
  useShareAppMessage(() => ({ title: `${T.column}｜${T.intro}`, path: HONOUR_ROUTES.stories }))
  useShareTimeline(() => ({ title: `${T.column}｜${T.intro}` }))
  return (
    <View className='hon'>
      <View className='hon__card'>
        <Text className='hon__title'>{T.column}</Text>
        <Text className='hon__muted'>{T.intro}</Text>
        <Text className='hon__link' onClick={() => open(HONOUR_ROUTES.notice)}>
          {T.notice}
        </Text>
      </View>
      <ListBody list={list} empty={<EmptyState mark='匠' title={T.empty} message={T.emptyHint} />}>
        {(items) => (
          <View id='story-list'>
            {items.map((s) => (
              <View key={s.id} className='hon__card' onClick={() => open(HONOUR_ROUTES.story(s.id))}>
                {s.coverUrl && <Image className='hon__image' src={s.coverUrl} mode='widthFix' />}
                <Text className='hon__title'>{s.title}</Text>
                <Text className='hon__text'>{s.lead}</Text>
                <View className='hon__row'>
                  <Text className='hon__muted'>
                    {s.name} · {s.unitName}
                  </Text>
                  <Text className='hon__muted'>♥ {s.likeCount}</Text>
                </View>
              </View>
            ))}
          </View>
        )}
      </ListBody>
    </View>
  )
}
