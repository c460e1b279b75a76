import { Image, Text, View } from '@tarojs/components'
import type { ShowcaseItem } from '@contract/entities/ideas'
import IdeaTags, { peopleLine } from '../idea-tags'
import './index.scss'

/** An adopted idea on the showcase: award, title, who and where, what it proposes. */
export default function IdeaCard({ idea, onClick }: { idea: ShowcaseItem; onClick: () => void }) {
  const people = peopleLine(idea.authorName, idea.coAuthorNames)
  return (
    <View className='idea-card' hoverClass='idea-card--pressed' onClick={onClick}>
      {idea.coverUrl && <Image className='idea-card__cover' src={idea.coverUrl} mode='aspectFill' lazyLoad />}
      <IdeaTags idea={idea} block='idea-card' />
      <Text className='idea-card__title'>{idea.title}</Text>
      <Text className='idea-card__who'>
        {people} · {idea.unitName}
      </Text>
      <Text className='idea-card__summary'>{idea.summary}</Text>
    </View>
  )
}
