// The H5 face of the one image picker (the weapp face is the native component, with the same
// contract: ./types). State and uploads live in useUploadQueue; this draws the tiles.
import { Image, Text, View } from '@tarojs/components'
import type { ImagePickerProps } from './types'
import { useUploadQueue } from './use-upload-queue'
import './index.scss'

export default function ImagePickerH5(props: ImagePickerProps) {
  const { tiles, limit, add, retry, remove, move, preview } = useUploadQueue(props)
  const { id = 'image-picker' } = props
  return (
    <View id={id} className='image-picker'>
      <View className='image-picker__grid'>
        {tiles.map((t, i) => (
          <View key={t.key} className='image-picker__cell'>
            <View className={`image-picker__tile image-picker__tile--${t.status}`}>
              <View className='image-picker__thumb' onClick={() => preview(t.key)} aria-label={`第${i + 1}张图片`}>
                <Image className='image-picker__img' src={t.src} mode='aspectFill' />
                {t.status === 'queued' && (
                  <View className='image-picker__mask'>
                    <Text className='image-picker__state'>等待上传</Text>
                  </View>
                )}
                {t.status === 'uploading' && (
                  <View className='image-picker__mask'>
                    <Text className='image-picker__state'>上传中</Text>
                    <View className='image-picker__bar'>
                      <View className='image-picker__bar-fill' style={{ width: `${t.progress}%` }} />
                    </View>
                    <Text className='image-picker__percent'>{t.progress}%</Text>
                  </View>
                )}
                {t.status === 'failed' && (
                  <View
                    className='image-picker__mask image-picker__mask--failed'
                    onClick={(e) => {
                      e.stopPropagation()
                      retry(t.key)
                    }}
                    aria-label='上传失败，点按重新上传'
                  >
                    <Text className='image-picker__state'>上传失败</Text>
                    <View className='image-picker__retry'>重试</View>
                  </View>
                )}
              </View>
              <View className='image-picker__remove' onClick={() => void remove(t.key)} aria-label='删除这张图片'>
                <Text>×</Text>
              </View>
            </View>
            {tiles.length > 1 && (
              <View className='image-picker__moves'>
                <View className={`image-picker__move${i === 0 ? ' image-picker__move--off' : ''}`} onClick={() => move(t.key, -1)} aria-label='往前移'>
                  左移
                </View>
                <View
                  className={`image-picker__move${i === tiles.length - 1 ? ' image-picker__move--off' : ''}`}
                  onClick={() => move(t.key, 1)}
                  aria-label='往后移'
                >
                  右移
                </View>
              </View>
            )}
          </View>
        ))}
        {tiles.length < limit && (
          <View className='image-picker__cell'>
            <View id={`${id}-add`} className='image-picker__add' onClick={() => void add()} aria-label='添加图片'>
              <Text className='image-picker__plus'>+</Text>
              <Text className='image-picker__add-text'>添加图片</Text>
              <Text className='image-picker__add-count'>
                {tiles.length}/{limit}
              </Text>
            </View>
          </View>
        )}
      </View>
    </View>
  )
}
