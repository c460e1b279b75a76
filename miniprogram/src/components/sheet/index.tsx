import { ScrollView, Text, View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'
import './index.scss'

export interface SheetProps {
  visible: boolean
  title: string
  /** Tapping the dim background or 关闭; leave out for a sheet that needs an answer. */
  onClose?: () => void
  /** Buttons pinned under the content (the one primary action). */
  footer?: ReactNode
  /** Scroll the content (long lists); otherwise it takes its natural height. */
  scroll?: boolean
  onScrollToLower?: () => void
  id?: string
}

/** A panel rising from the bottom: within thumb reach, and the page behind stays in view. */
export default function Sheet({ visible, title, onClose, footer, scroll = false, onScrollToLower, id, children }: PropsWithChildren<SheetProps>) {
  if (!visible) return null
  return (
    <View className='sheet' id={id}>
      <View className='sheet__mask' onClick={onClose} catchMove />
      <View className='sheet__panel' role='dialog' aria-label={title}>
        <View className='sheet__head'>
          <Text className='sheet__title'>{title}</Text>
          {onClose && (
            <Text className='sheet__close' onClick={onClose}>
              关闭
            </Text>
          )}
        </View>
        {scroll ? (
          <ScrollView className='sheet__body sheet__body--scroll' scrollY onScrollToLower={onScrollToLower} lowerThreshold={80}>
            {children}
          </ScrollView>
        ) : (
          <View className='sheet__body'>{children}</View>
        )}
        {footer && <View className='sheet__footer'>{footer}</View>}
      </View>
    </View>
  )
}
