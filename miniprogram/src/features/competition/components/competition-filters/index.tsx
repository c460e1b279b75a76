import { Text, View } from '@tarojs/components'
import { LIST_FILTERS, type ListFilter } from '../../text'
import './index.scss'

/** 报名中 / 本单位 / 我报名的: one at a time; tapping the chosen one again shows everything. */
export default function CompetitionFilters({ value, onChange }: { value: ListFilter; onChange: (f: ListFilter) => void }) {
  return (
    <View className='competition-filters' role='radiogroup' aria-label='筛选'>
      {LIST_FILTERS.map((f) => {
        const on = f.key === value
        return (
          <View
            key={f.key}
            id={`filter-${f.key}`}
            className={`competition-filters__chip${on ? ' competition-filters__chip--on' : ''}`}
            role='radio'
            aria-checked={on}
            onClick={() => onChange(on ? 'all' : f.key)}
          >
            <Text>{on ? `✓ ${f.label}` : f.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
