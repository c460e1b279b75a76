// The form controls every form page uses, each inside a FormField: the input's `maxlength` and the hint
// under it come from the field's rule in the contract (`@contract/limits/*`), so no page writes a bound.
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { digits, type Limit } from '@contract/limits'
import FormField, { type FormFieldProps } from '.'
import type { Bound } from './bind'

interface FieldProps extends Omit<FormFieldProps, 'hint'>, Bound {
  id: string
  /** The field's rule: the input's `maxlength`, and the hint unless `hint` is given (`false`: none). */
  limit?: Limit
  hint?: string | false
  placeholder?: string
}

const hintOf = (hint: string | false | undefined, limit: Limit | undefined) => (hint === false ? undefined : (hint ?? limit?.hint))

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

export interface TextFieldProps extends FieldProps {
  /** 'number': text of digits (a phone number), as long as the limit allows. */
  type?: 'text' | 'number' | 'nickname'
  inputClass?: string
  /** The class of a counter under the input (none without). */
  counter?: string
}

/** A labelled line of text; children (a match list, a note) follow the input. */
export function TextField({ label, required, error, hint, limit, inputClass, counter, children, ...input }: PropsWithChildren<TextFieldProps>) {
  return (
    <FormField label={label} required={required} error={error} hint={hintOf(hint, limit)}>
      <FieldInput {...input} maxlength={limit?.max} className={inputClass} />
      {counter && limit && <Counter className={counter} value={input.value} max={limit.max} />}
      {children}
    </FormField>
  )
}

export interface TextAreaFieldProps extends FieldProps {
  limit: Limit
  /** The textarea's class (each form sizes its own). */
  className: string
  autoHeight?: boolean
  counter?: string
}

/** A labelled block of text, with a counter of its limit when `counter` names its class. */
export function TextAreaField({ id, label, required, error, hint, limit, className, autoHeight, counter, placeholder, value, onChange }: TextAreaFieldProps) {
  return (
    <FormField label={label} required={required} error={error} hint={hintOf(hint, limit)}>
      <Textarea
        id={id}
        className={className}
        value={value}
        maxlength={limit.max}
        autoHeight={autoHeight}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      {counter && <Counter className={counter} value={value} max={limit.max} />}
    </FormField>
  )
}

export interface NumberFieldProps extends FieldProps {
  limit: Limit
  /** A unit after the input, in a row: the row's, the input's and the unit's classes. */
  unit?: { text: string; row: string; input: string; unit: string }
}

/** A labelled whole number, its digits from the limit, with its unit beside it when given. */
export function NumberField({ label, required, error, hint, limit, unit, ...input }: NumberFieldProps) {
  return (
    <FormField label={label} required={required} error={error} hint={hintOf(hint, limit)}>
      {unit ? (
        <View className={unit.row}>
          <FieldInput {...input} type='number' maxlength={digits(limit)} className={`form-field__input ${unit.input}`} />
          <Text className={unit.unit}>{unit.text}</Text>
        </View>
      ) : (
        <FieldInput {...input} type='number' maxlength={digits(limit)} />
      )}
    </FormField>
  )
}
