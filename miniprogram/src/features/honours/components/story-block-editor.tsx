import { Input, Text, Textarea, View } from '@tarojs/components'
import { HONOUR_LIMITS as L } from '@contract/entities/honours'
import ImagePicker from '../../../components/image-picker'
import type { EditBlock } from '../hooks/use-story-form'

export interface BlockActions {
  update: (key: number, patch: Partial<EditBlock>) => void
  move: (key: number, by: -1 | 1) => void
  remove: (key: number) => void
  setUploading: (key: number, busy: boolean) => void
}

/** One block of a story's body: a paragraph's text, or an image with its caption; move up/down or remove. */
export default function StoryBlockEditor({ block, index, cloudDir, actions }: { block: EditBlock; index: number; cloudDir: string; actions: BlockActions }) {
  return (
    <View className='hon__card' id={`block-${index}`}>
      <View className='hon__row'>
        <Text className='hon__muted'>
          第 {index + 1} 段 · {block.kind === 'paragraph' ? '文字' : '图片'}
        </Text>
        <View className='hon__row'>
          <Text className='hon__tool' onClick={() => actions.move(block.key, -1)}>
            上移
          </Text>
          <Text className='hon__tool' onClick={() => actions.move(block.key, 1)}>
            下移
          </Text>
          <Text className='hon__tool hon__over' onClick={() => actions.remove(block.key)}>
            删除
          </Text>
        </View>
      </View>
      {block.kind === 'paragraph' ? (
        <Textarea
          className='hon__textarea'
          value={block.text}
          maxlength={L.paragraph.max}
          autoHeight
          placeholder='这一段的文字（纯文字，不支持网页代码）'
          onInput={(e) => actions.update(block.key, { text: e.detail.value })}
        />
      ) : (
        <>
          <ImagePicker
            cloudDir={cloudDir}
            max={1}
            maxSizeMb={L.imageMaxBytes / 1024 / 1024}
            value={block.file ? [{ fileID: block.file, url: block.url }] : []}
            onChange={(e) => {
              actions.setUploading(block.key, e.detail.uploading)
              const img = e.detail.items[0]
              actions.update(block.key, { file: img?.fileID ?? '', url: img?.url } as Partial<EditBlock>)
            }}
          />
          <Input
            className='hon__input'
            value={block.caption}
            maxlength={L.caption.max}
            placeholder='图片说明（选填）'
            onInput={(e) => actions.update(block.key, { caption: e.detail.value })}
          />
        </>
      )}
    </View>
  )
}
