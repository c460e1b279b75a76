import { IDEA_LIMITS } from '@contract/limits/ideas'
import ImagePicker, { type PickedImage } from '../../../../components/image-picker'

/** An idea's picture: the uploaded file (cloud://…) in the author's own folder and a URL to show. */
export type IdeaImage = PickedImage

export interface IdeaImagesProps {
  userId: string
  value: IdeaImage[]
  max?: number
  /** `busy`: a file is still uploading or failed (the form waits before sending). */
  onChange: (images: IdeaImage[], busy: boolean) => void
}

/** The pictures of an idea: the one image picker, uploading into ideas/<userId>/. */
export default function IdeaImages({ userId, value, max = IDEA_LIMITS.images.max, onChange }: IdeaImagesProps) {
  return (
    <ImagePicker
      id='idea-images'
      cloudDir={`ideas/${userId}/`}
      max={max}
      value={value}
      onChange={(e) => onChange(e.detail.items, e.detail.uploading || e.detail.failed > 0)}
    />
  )
}
