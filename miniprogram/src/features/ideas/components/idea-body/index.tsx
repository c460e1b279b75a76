import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { IdeaContent } from '@contract/entities/ideas'
import { groupDigits } from '../../../../utils/number'
import './index.scss'

/** The substance of an idea, the same way on every page: the problem, the proposal, the benefit. */
export default function IdeaBody({ idea, imageUrls = [] }: { idea: Omit<IdeaContent, 'title' | 'type'>; imageUrls?: string[] }) {
  const sections: Array<[string, string]> = [
    ['存在的问题', idea.problem],
    ['改进办法', idea.proposal],
    ['预期效益', idea.benefit],
  ]
  return (
    <View className='idea-body'>
      {sections.map(([label, text]) => (
        <View key={label} className='idea-body__section'>
          <Text className='idea-body__label'>{label}</Text>
          <Text className='idea-body__text'>{text}</Text>
        </View>
      ))}
      {idea.savingsYuan !== null && idea.savingsYuan > 0 && (
        <View className='idea-body__section'>
          <Text className='idea-body__label'>预计每年节约</Text>
          <Text className='idea-body__money'>{groupDigits(idea.savingsYuan)} 元</Text>
        </View>
      )}
      {imageUrls.length > 0 && (
        <View className='idea-body__images'>
          {imageUrls.map((url) => (
            <Image
              key={url}
              className='idea-body__image'
              src={url}
              mode='aspectFill'
              lazyLoad
              onClick={() => void Taro.previewImage({ current: url, urls: imageUrls })}
            />
          ))}
        </View>
      )}
    </View>
  )
}
