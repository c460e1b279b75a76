// The one image picker's contract, shared by its two faces: the native component for weapp
// (components/native/image-picker, see its README) and the H5 face (h5.tsx). One spelling of the
// file field: `fileID`, as wx.cloud.uploadFile answers it.

/** An uploaded image: its cloud file and a URL to show it by. */
export interface PickedImage {
  fileID: string
  url: string
}

/** What `change` carries after every change but progress ticks. */
export interface PickerChange {
  items: PickedImage[]
  uploading: boolean
  failed: number
}

export interface ImagePickerProps {
  /** The caller's own storage folder (`<kind>/<userId>/`): the server accepts files only from there. */
  cloudDir: string
  max?: number
  maxSizeMb?: number
  value?: Array<{ fileID: string; url?: string }>
  /** The H5 face's root id (the weapp face is the native component). */
  id?: string
  onChange?: (e: { detail: PickerChange }) => void
}
