import { Text, View } from '@tarojs/components'
import type { SimilarIdea } from '@contract/entities/ideas'
import { IDEA_STATUS_LABELS } from '@contract/entities/ideas'
import './index.scss'

/** Above this the two say nearly the same thing; below it they share a good part. */
const VERY_CLOSE = 0.45

export interface IdeaSimilarProps {
  items: SimilarIdea[]
  title?: string
  /** What the hint is for, in one line (e.g. "看看是否已经有人提过"). */
  hint?: string
  /** One action per row (e.g. "标为重复", "合并到这条"). */
  action?: { text: string; onClick: (item: SimilarIdea) => void }
  onOpen?: (item: SimilarIdea) => void
  loading?: boolean
}

/** Existing ideas close to this one, so a duplicate is linked or merged instead of judged twice. */
export default function IdeaSimilar({ items, title = '相似的建议', hint, action, onOpen, loading = false }: IdeaSimilarProps) {
  if (items.length === 0 && !loading) return null
  return (
    <View className='idea-similar' id='idea-similar'>
      <View className='idea-similar__head'>
        <Text className='idea-similar__title'>{title}</Text>
        {loading && <Text className='idea-similar__loading'>查找中…</Text>}
      </View>
      {hint && <Text className='idea-similar__hint'>{hint}</Text>}
      {items.map((s) => (
        <View key={s.id} className='idea-similar__row'>
          <View className='idea-similar__body' onClick={onOpen ? () => onOpen(s) : undefined}>
            <Text className='idea-similar__name'>{s.title}</Text>
            <Text className='idea-similar__meta'>
              {s.similarity >= VERY_CLOSE ? '非常相似' : '有些相似'} · {IDEA_STATUS_LABELS[s.status]}
              {s.mine ? ' · 我提的' : ''}
            </Text>
          </View>
          {action && (
            <Text className='idea-similar__action' onClick={() => action.onClick(s)}>
              {action.text}
            </Text>
          )}
        </View>
      ))}
    </View>
  )
}
