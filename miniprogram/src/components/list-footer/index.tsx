import { Text, View } from '@tarojs/components'
import './index.scss'

/** The end of a paged list: 加载中 while the next page comes, 没有更多了 at the end. */
export default function ListFooter({ loadingMore, hasMore, count, onMore }: { loadingMore: boolean; hasMore: boolean; count: number; onMore?: () => void }) {
  if (count === 0) return null
  if (loadingMore) return <View className='list-footer'>加载中…</View>
  if (hasMore)
    return (
      // Reach-bottom loads the next page by itself; the tap is for a list inside a sheet or a short page.
      <View className='list-footer list-footer--more' onClick={onMore}>
        <Text>上拉或点此加载更多</Text>
      </View>
    )
  return <View className='list-footer'>没有更多了</View>
}
