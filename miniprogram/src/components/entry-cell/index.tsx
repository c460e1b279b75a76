import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

export interface EntryCellProps {
  title: string
  description?: string
  /** A short value on the right (e.g. a count). */
  extra?: string
  onClick: () => void
}

/** One tappable row that opens a page: at least 88rpx tall, the whole row is the target. */
export function EntryCell({ title, description, extra, onClick }: EntryCellProps) {
  return (
    <View className='entry-cell' hoverClass='entry-cell--pressed' onClick={onClick}>
      <View className='entry-cell__body'>
        <Text className='entry-cell__title'>{title}</Text>
        {description && <Text className='entry-cell__description'>{description}</Text>}
      </View>
      {extra && <Text className='entry-cell__extra'>{extra}</Text>}
      <Text className='entry-cell__chevron'>›</Text>
    </View>
  )
}

/** A card of rows with an optional heading. */
export function EntryGroup({ title, children }: PropsWithChildren<{ title?: string }>) {
  return (
    <View className='entry-group'>
      {title && <Text className='entry-group__title'>{title}</Text>}
      <View className='entry-group__rows'>{children}</View>
    </View>
  )
}
