import { Text, View } from '@tarojs/components'
import type { UnitRef } from '@contract/entities/people'
import { UNIT_TYPE_LABELS } from '@contract/roles'
import './index.scss'

/** Which unit a staff page is working on; a row of choices when the person manages several. */
export default function UnitSwitch({
  units,
  selected,
  onSelect,
  action,
}: {
  units: UnitRef[]
  selected: UnitRef
  onSelect?: (id: string) => void
  action?: { text: string; onClick: () => void }
}) {
  return (
    <View className='unit-switch'>
      <View className='unit-switch__current'>
        <View className='unit-switch__body'>
          <Text className='unit-switch__label'>{UNIT_TYPE_LABELS[selected.type]}</Text>
          <Text className='unit-switch__name' id='current-unit'>
            {selected.name}
          </Text>
        </View>
        {action && (
          <Text className='unit-switch__action' onClick={action.onClick}>
            {action.text}
          </Text>
        )}
      </View>
      {onSelect && units.length > 1 && (
        <View className='unit-switch__choices'>
          {units.map((u) => (
            <Text key={u.id} className={`unit-switch__choice${u.id === selected.id ? ' unit-switch__choice--on' : ''}`} onClick={() => onSelect(u.id)}>
              {u.name}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
