import { Text, View } from '@tarojs/components'
import './index.scss'

/** 点赞 / 已赞 with the count: one big target; the heart and the words say the state, not colour alone. */
export default function WorkLikeButton({ liked, count, busy, onToggle }: { liked: boolean; count: number; busy: boolean; onToggle: () => void }) {
  return (
    <View
      id='like-button'
      className={`work-like-button${liked ? ' work-like-button--on' : ''}${busy ? ' work-like-button--busy' : ''}`}
      role='button'
      aria-pressed={liked}
      onClick={() => {
        if (!busy) onToggle()
      }}
    >
      <Text className='work-like-button__heart'>{liked ? '♥' : '♡'}</Text>
      <Text className='work-like-button__label'>{liked ? '已赞' : '点赞'}</Text>
      <Text className='work-like-button__count'>{count}</Text>
    </View>
  )
}
