import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

export interface FormFieldProps {
  label: string
  required?: boolean
  /** Shown under the input in red when the value was refused. */
  error?: string
  /** A quiet line of help under the label. */
  hint?: string
}

/** Label above the input (easier for large type than side by side), help and error under it. */
export default function FormField({ label, required = false, error, hint, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`}>
      <View className='form-field__label'>
        <Text>{label}</Text>
        {required ? <Text className='form-field__required'>必填</Text> : <Text className='form-field__optional'>选填</Text>}
      </View>
      {hint && <Text className='form-field__hint'>{hint}</Text>}
      <View className='form-field__control'>{children}</View>
      {error && (
        <View className='form-field__error' role='alert'>
          {error}
        </View>
      )}
    </View>
  )
}
