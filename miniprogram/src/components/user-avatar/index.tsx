import { Image, View } from '@tarojs/components'
import './index.scss'

export type AvatarSize = 's' | 'm' | 'l'

/** A person's picture, or the first character of their name on the campaign red when there is none. */
export default function UserAvatar({ url, name, size = 'm' }: { url?: string | null; name?: string; size?: AvatarSize }) {
  // Sizes are classes rather than inline styles: the stylesheet's units become rpx in the
  // mini-program and rem in H5, which inline styles would not.
  const className = `user-avatar user-avatar--${size}`
  if (url) return <Image className={className} src={url} mode='aspectFill' />
  const initial = (name ?? '').trim().slice(0, 1) || '工'
  return <View className={`${className} user-avatar--initial`}>{initial}</View>
}
