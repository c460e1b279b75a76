import { ScrollView, View } from '@tarojs/components'
import { WORK_CATEGORIES, type WorkCategory } from '@contract/entities/works'
import './index.scss'

/** 全部 and the six categories, as large chips in a row that scrolls sideways on narrow phones. */
export default function WorkCategoryTabs({ active, onChange }: { active: WorkCategory | undefined; onChange: (c: WorkCategory | undefined) => void }) {
  const tabs: Array<{ key: WorkCategory | undefined; label: string }> = [
    { key: undefined, label: '全部' },
    ...WORK_CATEGORIES.map((c) => ({ key: c, label: c })),
  ]
  return (
    <ScrollView className='work-category-tabs' scrollX enhanced showScrollbar={false}>
      <View className='work-category-tabs__row' role='tablist'>
        {tabs.map((t) => (
          <View
            key={t.label}
            id={`gallery-category-${t.label}`}
            className={`work-category-tabs__tab${t.key === active ? ' work-category-tabs__tab--on' : ''}`}
            role='tab'
            aria-selected={t.key === active}
            onClick={() => onChange(t.key)}
          >
            {t.label}
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
