// The native image picker (components/native/image-picker) as a JSX element for the weapp build,
// with the props and events its README documents (the same as the H5 face's: ./types).
import type { ImagePickerProps } from './types'

export {}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'image-picker': Omit<ImagePickerProps, 'id'>
    }
  }
}
