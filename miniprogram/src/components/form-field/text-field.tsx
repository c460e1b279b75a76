import type { PropsWithChildren } from 'react'
import FormField from '.'
import { Counter, FieldInput, hintOf, type FieldProps } from './field-input'

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
