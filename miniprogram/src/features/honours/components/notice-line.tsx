import { Text, View } from '@tarojs/components'
import type { NoticeLine } from '@contract/entities/honours'

/** One name on the public notice: name, unit, job, honour — nothing more. */
export default function NoticeLineRow({ line, onObject }: { line: NoticeLine; onObject?: () => void }) {
  return (
    <View className='notice__line'>
      <View className='notice__who'>
        <Text className='notice__name'>{line.name}</Text>
        <Text className='notice__honour'>{line.category}</Text>
      </View>
      <Text className='notice__unit'>
        {line.unitName} · {line.job}
      </Text>
      {onObject && (
        <Text className='notice__object' onClick={onObject}>
          提出异议
        </Text>
      )}
    </View>
  )
}
