import { Image, Text, View } from '@tarojs/components'
import type { GalleryItem } from '@contract/entities/works'
import './index.scss'

/** A work in the gallery: its list-size picture (never the original), title, author and unit, likes. */
export default function WorkCard({ work, onOpen }: { work: GalleryItem; onOpen: (id: string) => void }) {
  return (
    <View className='work-card' id={`work-${work.id}`} onClick={() => onOpen(work.id)} role='link' aria-label={`${work.title}，${work.authorName}`}>
      <View className='work-card__frame'>
        {work.coverUrl ? (
          <Image className='work-card__img' src={work.coverUrl} mode='aspectFill' lazyLoad />
        ) : (
          <View className='work-card__img work-card__img--none'>{work.category}</View>
        )}
        <Text className='work-card__category'>{work.category}</Text>
        {work.imageCount > 1 && <Text className='work-card__count'>{work.imageCount} 张</Text>}
      </View>
      <View className='work-card__body'>
        <Text className='work-card__title'>{work.title}</Text>
        <View className='work-card__row'>
          <Text className='work-card__author'>{work.authorName}</Text>
          <Text className='work-card__likes' aria-label={`${work.likeCount} 人点赞`}>
            ♥ {work.likeCount}
          </Text>
        </View>
        {/* The whole unit name, on two lines if it needs them: people look for their own unit. */}
        <Text className='work-card__unit'>{work.unitName}</Text>
      </View>
    </View>
  )
}
