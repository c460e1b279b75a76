import { Text, View } from '@tarojs/components'
import './index.scss'

export interface SegTab<K extends string> {
  key: K
  label: string
  /** A count shown beside the label (e.g. requests waiting). */
  badge?: number
}

/** Large tabs across the top of a staff page: every tab is a full-height touch target. */
export default function SegTabs<K extends string>({ tabs, active, onChange }: { tabs: SegTab<K>[]; active: K; onChange: (key: K) => void }) {
  return (
    <View className='seg-tabs' role='tablist'>
      {tabs.map((t) => (
        <View
          key={t.key}
          id={`tab-${t.key}`}
          className={`seg-tabs__tab${t.key === active ? ' seg-tabs__tab--active' : ''}`}
          role='tab'
          aria-selected={t.key === active}
          onClick={() => onChange(t.key)}
        >
          <Text>{t.label}</Text>
          {t.badge ? <Text className='seg-tabs__badge'>{t.badge > 99 ? '99+' : t.badge}</Text> : null}
        </View>
      ))}
    </View>
  )
}
