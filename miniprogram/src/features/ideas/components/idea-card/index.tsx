import { Image, Text, View } from '@tarojs/components'
import type { ShowcaseItem } from '@contract/entities/ideas'
import './index.scss'

/** An adopted idea on the showcase: award, title, who and where, what it proposes. */
export default function IdeaCard({ idea, onClick }: { idea: ShowcaseItem; onClick: () => void }) {
  const people = [idea.authorName, ...idea.coAuthorNames].join('、')
  return (
    <View className='idea-card' hoverClass='idea-card--pressed' onClick={onClick}>
      {idea.coverUrl && <Image className='idea-card__cover' src={idea.coverUrl} mode='aspectFill' lazyLoad />}
      <View className='idea-card__tags'>
        {idea.award && <Text className='idea-card__award'>{idea.award}</Text>}
        <Text className='idea-card__type'>{idea.type}</Text>
        {idea.implemented && <Text className='idea-card__done'>已实施</Text>}
      </View>
      <Text className='idea-card__title'>{idea.title}</Text>
      <Text className='idea-card__who'>
        {people} · {idea.unitName}
      </Text>
      <Text className='idea-card__summary'>{idea.summary}</Text>
    </View>
  )
}
