import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import * as React from 'react'
import { useState } from 'react'
import { IDEA_LIMITS } from '@contract/entities/ideas'
import { toastError } from '../../../../services/feedback'
import { uploadFile } from '../../../../services/upload'
import './index.scss'

export interface IdeaImage {
  /** The uploaded file (cloud://…) in the author's own folder. */
  fileId: string
  url: string
}

export interface IdeaImagesProps {
  userId: string
  value: IdeaImage[]
  max?: number
  onChange: (images: IdeaImage[], busy: boolean) => void
}

/**
 * The pictures of an idea. In the mini-program: the native image-picker (per-file progress, retry,
 * reorder; it uploads into ideas/<userId>/ itself). In the H5 build (local only): pick, upload one by
 * one through services/upload, remove.
 */
export default function IdeaImages({ userId, value, max = IDEA_LIMITS.images.max, onChange }: IdeaImagesProps) {
  const [uploading, setUploading] = useState(0)
  if (process.env.TARO_ENV === 'weapp') {
    // A native custom component declared in the page's usingComponents, created by name so no global
    // JSX declaration is needed. Written as React.createElement with a literal props object: that is
    // the shape Taro's build scans to learn which attributes to bind in the weapp template.
    return React.createElement('image-picker', {
      cloudDir: `ideas/${userId}/`,
      max,
      value: value.map((v) => ({ fileID: v.fileId, url: v.url })),
      onChange: (e: { detail: { items: Array<{ fileID: string; url: string }>; uploading: boolean; failed: number } }) =>
        onChange(
          e.detail.items.map((i) => ({ fileId: i.fileID, url: i.url })),
          e.detail.uploading || e.detail.failed > 0,
        ),
    })
  }

  const pick = async () => {
    let paths: string[]
    try {
      paths = (await Taro.chooseImage({ count: max - value.length, sizeType: ['compressed'], sourceType: ['album', 'camera'] })).tempFilePaths
    } catch {
      return // closed without choosing
    }
    let list = value
    setUploading(paths.length)
    onChange(list, true)
    for (const path of paths) {
      const res = await uploadFile('ideas', userId, path)
      if (res.ok) list = [...list, { fileId: res.data.fileID, url: path }]
      else toastError(res.error)
      setUploading((n) => n - 1)
    }
    onChange(list, false)
  }

  return (
    <View className="idea-images" id="idea-images">
      {value.map((img, i) => (
        <View key={img.fileId} className="idea-images__cell">
          <Image className="idea-images__img" src={img.url} mode="aspectFill" />
          <Text className="idea-images__remove" aria-label={`删除第${i + 1}张图片`} onClick={() => onChange(value.filter((v) => v.fileId !== img.fileId), false)}>
            ×
          </Text>
        </View>
      ))}
      {uploading > 0 && (
        <View className="idea-images__cell idea-images__cell--busy">
          <Text>上传中…</Text>
        </View>
      )}
      {value.length + uploading < max && (
        <View className="idea-images__cell idea-images__add" id="add-image" onClick={() => void pick()}>
          <Text className="idea-images__plus">+</Text>
          <Text className="idea-images__count">
            {value.length}/{max}
          </Text>
        </View>
      )}
    </View>
  )
}
