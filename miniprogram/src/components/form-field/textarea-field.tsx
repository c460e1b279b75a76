import { Textarea } from '@tarojs/components'
import type { Limit } from '@contract/limits'
import FormField from '.'
import { Counter, hintOf, type FieldProps } from './field-input'

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
