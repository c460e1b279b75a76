import { Picker, Text, View } from '@tarojs/components'
import FormField, { type FormFieldProps } from '.'
import type { Bound } from './bind'

export interface DateFieldProps extends FormFieldProps, Bound {
  id: string
  /** The row's class (the tapped area). */
  className: string
  /** What the row says without a date. */
  empty: string
  /** How the row writes the chosen date (default: as it is, YYYY-MM-DD). */
  format?: (ymd: string) => string
  /** The mark at the row's end and its class. */
  mark: string
  markClass?: string
  /** The day the picker opens on when the value is empty (default: the value). */
  opensOn?: string
}

/** A labelled date (YYYY-MM-DD) chosen with the system's date picker. */
export function DateField({
  id,
  label,
  required,
  hint,
  error,
  value,
  onChange,
  className,
  empty,
  format = (ymd) => ymd,
  mark,
  markClass,
  opensOn,
}: DateFieldProps) {
  return (
    <FormField label={label} required={required} hint={hint} error={error}>
      <Picker mode='date' value={value || (opensOn ?? '')} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={className} id={id}>
          <Text>{value ? format(value) : empty}</Text>
          <Text className={markClass}>{mark}</Text>
        </View>
      </Picker>
    </FormField>
  )
}
