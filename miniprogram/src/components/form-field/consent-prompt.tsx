import { Text, View } from '@tarojs/components'
import Button from '../button'

/**
 * In place of fields that collect personal information until the privacy guide is agreed to (WeChat
 * requires the consent first: https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html).
 */
export default function ConsentPrompt({ className, textClass, text, onRead }: { className: string; textClass?: string; text: string; onRead: () => void }) {
  return (
    <View className={className}>
      <Text className={textClass}>{text}</Text>
      <Button type='primary' size='large' block onClick={onRead}>
        阅读并同意
      </Button>
    </View>
  )
}
