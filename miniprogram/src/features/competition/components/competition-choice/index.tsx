import { Text, View } from '@tarojs/components'
import './index.scss'

export interface Choice<K extends string> {
  key: K
  label: string
}

/** One of a few, all visible at once (no hidden dropdown): each a full-size touch target. */
export default function CompetitionChoice<K extends string>({
  id,
  options,
  value,
  onChange,
}: {
  id: string
  options: Choice<K>[]
  value: K | undefined
  onChange: (key: K) => void
}) {
  return (
    <View className='competition-choice' id={id} role='radiogroup'>
      {options.map((o) => {
        const on = o.key === value
        return (
          <View
            key={o.key}
            id={`${id}-${o.key}`}
            className={`competition-choice__item${on ? ' competition-choice__item--on' : ''}`}
            role='radio'
            aria-checked={on}
            onClick={() => onChange(o.key)}
          >
            <Text>{o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
