import { Text, View } from '@tarojs/components'
import './index.scss'

/** Large chips for a few choices: one (`multiple` false) or several. */
export default function ChoiceChips<K extends string>({
  id,
  options,
  labels,
  selected,
  multiple = false,
  onChange,
}: {
  id: string
  options: readonly K[]
  labels: Record<K, string>
  selected: readonly K[]
  multiple?: boolean
  onChange: (next: K[]) => void
}) {
  const toggle = (k: K) => {
    if (!multiple) return onChange([k])
    onChange(selected.includes(k) ? selected.filter((s) => s !== k) : [...selected, k])
  }
  return (
    <View className='care-chips' id={id}>
      {options.map((k) => (
        <Text key={k} id={`${id}-${k}`} className={`care-chip${selected.includes(k) ? ' care-chip--on' : ''}`} onClick={() => toggle(k)}>
          {labels[k]}
        </Text>
      ))}
    </View>
  )
}
