import * as React from 'react'
import ImagePickerH5 from './h5'
import type { ImagePickerProps } from './types'

export type { ImagePickerProps, PickedImage, PickerChange } from './types'

/**
 * Pictures picked, uploaded into `cloudDir` with a per-file queue (progress, retry, reorder, remove),
 * the finished ones reported by `change`. In the mini-program: the native component (the page's
 * config lists it in usingComponents: `'image-picker': '<…>/components/native/image-picker/index'`).
 * In the H5 build: the same behaviour in React (h5.tsx).
 */
export default function ImagePicker(props: ImagePickerProps) {
  if (process.env.TARO_ENV === 'weapp') {
    // Created by name with a literal props object: the shape Taro's build scans to learn which
    // attributes to bind in the weapp template.
    return React.createElement('image-picker', {
      cloudDir: props.cloudDir,
      max: props.max,
      maxSizeMb: props.maxSizeMb,
      value: props.value,
      onChange: props.onChange,
    })
  }
  return <ImagePickerH5 {...props} />
}
