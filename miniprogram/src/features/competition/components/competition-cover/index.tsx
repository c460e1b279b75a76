import { Image, Text, View } from '@tarojs/components'
import type { CompetitionCategory } from '@contract/entities/competition'
import { CATEGORY_MARK } from '../../text'
import './index.scss'

/** The competition's picture, or its category's character on the campaign red when it has none. */
export default function CompetitionCover({ url, category, size }: { url: string | null; category: CompetitionCategory; size: 'thumb' | 'banner' }) {
  const className = `competition-cover competition-cover--${size}`
  // lazyLoad: long lists on old phones load pictures only as they scroll into view.
  if (url) return <Image className={className} src={url} mode='aspectFill' lazyLoad />
  return (
    <View className={`${className} competition-cover--blank`}>
      <Text className='competition-cover__mark'>{CATEGORY_MARK[category]}</Text>
      {size === 'banner' && <Text className='competition-cover__category'>{category}</Text>}
    </View>
  )
}
