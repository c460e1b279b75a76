import { Button as TaroButton, View, type ButtonProps as TaroButtonProps } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/**
 * The app's one button: the native button (so openType such as share keeps working) in the campaign
 * look. Replaces a UI kit of which only the button was used, whose styles and scripts weighed on the
 * main package (WeChat caps it at 2 MB; our budget is tighter, see scripts/check-weapp.mjs).
 *
 * Classes are single modifiers (`ui-button--primary-outline-off`), so every rule here has one
 * class of specificity and a page's own `.its-class.ui-button` always wins.
 */
export interface ButtonProps extends Omit<TaroButtonProps, 'type' | 'size' | 'plain' | 'loading' | 'onClick'> {
  type?: 'default' | 'primary' | 'danger'
  /** No fill: solid (primary, danger) or a thin grey frame (default); 'solid' says it outright. */
  fill?: 'solid' | 'outline' | 'none'
  size?: 'small' | 'normal' | 'large'
  block?: boolean
  /** Shows a spinner before the text and takes no taps, as disabled does. */
  loading?: boolean
  disabled?: boolean
  className?: string
  children?: ReactNode
  onClick?: TaroButtonProps['onClick']
}

const B = 'ui-button'

type Look = Pick<ButtonProps, 'type' | 'fill' | 'size' | 'block' | 'loading' | 'disabled' | 'className'>

function buttonClasses({ type = 'default', fill, size = 'normal', block, loading, disabled, className }: Look): string {
  const off = Boolean(disabled || loading)
  return [
    B,
    `${B}--${type}`,
    type === 'primary' && !fill && `${B}--primary-solid`,
    fill && `${B}--${fill}`,
    fill && `${B}--${type}-${fill}`,
    `${B}--${size}`,
    block && `${B}--block`,
    off && `${B}--off`,
    off && `${B}--${type}${fill && fill !== 'solid' ? `-${fill}` : ''}-off`,
    loading && `${B}--loading`,
    className,
  ]
    .filter(Boolean)
    .join(' ')
}

export function Button(props: ButtonProps) {
  const { type, fill, size, block, loading, disabled, className, children, onClick, ...rest } = props
  // `disabled` stays off the native button: WeChat's own disabled look (grey on grey, with higher
  // specificity than a class) would replace ours; taps are refused below instead.
  return (
    <TaroButton
      {...rest}
      className={buttonClasses({ type, fill, size, block, loading, disabled, className })}
      onClick={(e) => {
        if (!loading && !disabled && onClick) onClick(e)
      }}
    >
      <View className={`${B}__wrap`}>
        {loading && <View className={`${B}__spinner`} />}
        {children != null && children !== false && <View className={`${B}__text${loading ? ` ${B}__text--after-spinner` : ''}`}>{children}</View>}
      </View>
    </TaroButton>
  )
}

export default Button
