import { Text, View } from '@tarojs/components'
import Button from '../button'
import './index.scss'

export interface EmptyStateProps {
  title: string
  /** What it means and what to do next, in plain words. */
  message?: string
  /** The next step, when there is one. */
  actionText?: string
  onAction?: () => void
  /** A single character drawn in the badge. */
  mark?: string
  /** Inside a card or a list rather than a whole page. */
  compact?: boolean
}

/** Nothing here yet — and the one thing to do about it. */
export default function EmptyState({ title, message, actionText, onAction, mark = '空', compact = false }: EmptyStateProps) {
  return (
    <View className={`empty-state${compact ? ' empty-state--compact' : ''}`}>
      <View className='empty-state__mark'>{mark}</View>
      <Text className='empty-state__title'>{title}</Text>
      {message && <Text className='empty-state__message'>{message}</Text>}
      {actionText && onAction && (
        <Button className='empty-state__action' type='primary' size='large' onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  )
}
