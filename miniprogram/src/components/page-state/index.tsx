import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { AppErrorBody } from '@contract/errors'
import './index.scss'

/** A skeleton shaped like the page that is coming, so the layout does not jump when it arrives. */
export function PageLoading({ hero = true, rows = 4 }: { hero?: boolean; rows?: number }) {
  return (
    <View className="page-state page-state--loading" aria-busy="true" aria-label="加载中">
      {hero && <View className="page-state__hero" />}
      <View className="page-state__card">
        {Array.from({ length: rows }, (_x, i) => (
          <View key={i} className="page-state__row">
            <View className="page-state__bone page-state__bone--title" />
            <View className="page-state__bone" />
          </View>
        ))}
      </View>
      <Text className="page-state__hint">加载中…</Text>
    </View>
  )
}

/** What went wrong, in Chinese, and one obvious way forward. */
export function PageError({ error, onRetry }: { error: AppErrorBody; onRetry: () => void }) {
  return (
    <View className="page-state page-state--error" role="alert">
      <View className="page-state__icon">!</View>
      <Text className="page-state__title">没能加载出来</Text>
      <Text className="page-state__message">{error.message}</Text>
      <Button className="page-state__retry" type="primary" size="large" onClick={onRetry}>
        重新加载
      </Button>
    </View>
  )
}
