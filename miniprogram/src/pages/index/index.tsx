import { View } from '@tarojs/components'
import { Cell } from '@nutui/nutui-react-taro'
// Per-component sheet: the full NutUI stylesheet would cost ~233 KB of the main package.
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import './index.scss'

// Placeholder home: proves the Taro + NutUI + tokens stack end to end until the real home lands.
export default function Index() {
  return (
    <View className="zg-page index-page">
      <Cell className="index-page__hero" title="职工风采" description="五一劳动节 · 展示身边的劳动者" />
    </View>
  )
}
