import { Text, View } from '@tarojs/components'
import { digits, type Limit } from '@contract/limits'
import FormField from '.'
import { FieldInput, hintOf, type FieldProps } from './field-input'

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
