// The native image picker (components/native/image-picker) as a JSX element for the weapp build,
// with the props and events its README documents.
// A module (the export below), so `declare module 'react'` augments React's JSX types instead of
// declaring a new module.
export {}

type ImagePickerItem = { fileID: string; url: string; width?: number; height?: number }

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'image-picker': {
        cloudDir: string
        max?: number
        maxSizeMb?: number
        disabled?: boolean
        value?: Array<{ fileID: string; url?: string; width?: number; height?: number }>
        onChange?: (e: { detail: { items: ImagePickerItem[]; uploading: boolean; failed: number } }) => void
        onError?: (e: { detail: { code: string; message: string } }) => void
      }
    }
  }
}
