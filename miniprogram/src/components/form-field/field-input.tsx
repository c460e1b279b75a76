// The form controls every form page uses, each inside a FormField: the input's `maxlength` and the hint
// under it come from the field's rule in the contract (`@contract/limits/*`), so no page writes a bound.
// One control a module: a page's package carries only the controls it uses.
import { Input, Text } from '@tarojs/components'
import type { Limit } from '@contract/limits'
import type { FormFieldProps } from '.'
import type { Bound } from './bind'

export interface FieldProps extends Omit<FormFieldProps, 'hint'>, Bound {
  id: string
  /** The field's rule: the input's `maxlength`, and the hint unless `hint` is given (`false`: none). */
  limit?: Limit
  hint?: string | false
  placeholder?: string
}

export const hintOf = (hint: string | false | undefined, limit: Limit | undefined) => (hint === false ? undefined : (hint ?? limit?.hint))

export interface FieldInputProps extends Bound {
  id: string
  /** From the field's limit: `limit.max` for text, `digits(limit)` for a number. */
  maxlength?: number
  /** 'number' opens the number keyboard. */
  type?: 'text' | 'number' | 'nickname'
  /** The input's class (default `form-field__input`). */
  className?: string
  placeholder?: string
  onConfirm?: () => void
}

/** A bare input bound to a form value. */
export function FieldInput({ id, value, onChange, maxlength, type = 'text', className = 'form-field__input', placeholder, onConfirm }: FieldInputProps) {
  return (
    <Input
      id={id}
      className={className}
      type={type}
      value={value}
      maxlength={maxlength}
      placeholder={placeholder}
      onInput={(e) => onChange(e.detail.value)}
      // WeChat's nickname keyboard offers the WeChat nickname; picking it arrives on blur only.
      // https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/userProfile.html
      onBlur={type === 'nickname' ? (e) => onChange(e.detail.value) : undefined}
      onConfirm={onConfirm}
    />
  )
}

/** How much of the limit the text uses, counted as the server's schema counts it (trimmed). */
export function Counter({ className, value, max }: { className: string; value: string; max: number }) {
  return (
    <Text className={className}>
      {value.trim().length}/{max}
    </Text>
  )
}
