import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { QuotaView } from '@contract/entities/honours'
import type { UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import { Loaded } from '../../../components/page-state'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import { QUOTA_ROLES, quotaWords } from '../../../features/honours/staff'
import '../../../features/honours/styles/honours.scss'

function Editor({ view, onSaved }: { view: QuotaView; onSaved: () => Promise<unknown> }) {
  const [draft, setDraft] = useState<Record<string, string>>({})
  const words = quotaWords(view.unit)
  const valueOf = (unitId: string, quota: number) => (draft[unitId] !== undefined ? Number(draft[unitId]) || 0 : quota)
  const total = view.rows.reduce((s, r) => s + valueOf(r.unit.id, r.quota), 0)
  const changed = view.rows.filter((r) => draft[r.unit.id] !== undefined && valueOf(r.unit.id, r.quota) !== r.quota)
  const save = useSubmit(async () => {
    if (!changed.length) return
    const rows = changed.map((r) => ({ unitId: r.unit.id, quota: valueOf(r.unit.id, r.quota) }))
    if (view.unit.type === 'city') {
      const res = await call('honours.setQuotas', { rows })
      if (!res.ok) return toastError(res.error.issues?.[0] ?? res.error)
    } else {
      // An area union gives each unit its places one at a time (each its own transaction on the server).
      for (const row of rows) {
        const res = await call('honours.splitQuota', row)
        if (!res.ok) return toastError(res.error.issues?.[0] ?? res.error)
      }
    }
    setDraft({})
    await onSaved()
    toastDone('名额已保存')
  })
  return (
    <View className='hon'>
      <View className='hon__card'>
        <Text className='hon__title'>{words.title}</Text>
        <Text className={`hon__text${total > view.quota ? ' hon__over' : ''}`} id='quota-total'>
          已分配 {total} / {words.cap} {view.quota} 名
        </Text>
        <Text className='hon__muted'>{words.hint}</Text>
      </View>
      {view.rows.length === 0 ? (
        <EmptyState compact mark='额' title='没有下级单位' message='先在组织架构里建好下级工会，再分配名额。' />
      ) : (
        <View className='hon__card' id='quota-rows'>
          {view.rows.map((r) => (
            <View key={r.unit.id} className='hon__row hon__quota-row'>
              <View className='hon__grow'>
                <Text className='hon__text'>{r.unit.name}</Text>
                <Text className='hon__muted'>{words.used(r.used)}</Text>
              </View>
              <Input
                className='hon__input hon__quota-input'
                type='number'
                id={`quota-${r.unit.id}`}
                value={draft[r.unit.id] ?? String(r.quota)}
                onInput={(e) => setDraft((d) => ({ ...d, [r.unit.id]: e.detail.value }))}
              />
            </View>
          ))}
        </View>
      )}
      {changed.length > 0 && (
        <View className={`hon__button${save.busy ? ' hon__button--busy' : ''}`} id='quota-save' onClick={() => void save.run()}>
          保存名额（{changed.length} 个单位）
        </View>
      )}
    </View>
  )
}

function Quotas({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const query = useCloudQuery('honours.quotas', { unitId: unit.id })
  usePageRefresh(query)
  return (
    <>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <Loaded state={query} data={query.data}>
        {(view) => <Editor key={`${view.unit.id}-${view.allocated}`} view={view} onSaved={query.reload} />}
      </Loaded>
    </>
  )
}

/** 名额分配: the city gives the industry and township unions their places; they split theirs among their units. */
export default managedUnitPage(QUOTA_ROLES, { title: '您没有分配名额的权限', message: '名额由市总工会和行业、乡镇工会分配。' }, Quotas)
