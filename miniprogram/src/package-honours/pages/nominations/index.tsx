import { Text, View } from '@tarojs/components'
import type { UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import { Loaded } from '../../../components/page-state'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { open } from '../../../services/navigation'
import NominationCard from '../../../features/honours/components/nomination-card'
import { useReloadOnReturn } from '../../../features/honours/hooks/use-reload-on-return'
import { HONOUR_ROUTES } from '../../../features/honours/routes'
import { NOMINATE_ROLES } from '../../../features/honours/staff'
import '../../../features/honours/styles/honours.scss'

const EDITABLE = ['draft', 'returned']

function Nominations({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  // A grassroots union has a handful of nominations, within its quota: the first page holds them.
  const query = useCloudQuery('honours.nominations', { unitId: unit.id, view: 'own', page: 1 })
  usePageRefresh(query)
  useReloadOnReturn(query.reload)
  return (
    <View className='hon'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <Loaded state={query} data={query.data}>
        {(data) => (
          <>
            <View className='hon__card'>
              <Text className='hon__title' id='quota-line'>
                推荐名额：已用 {data.used} / 共 {data.quota} 名
              </Text>
              <Text className='hon__muted'>提交推荐占用一个名额；被退回可修改后再提交，不予推荐的名额会退还。</Text>
              {data.used < data.quota ? (
                <View className='hon__button' id='nominate-new' onClick={() => open(HONOUR_ROUTES.nominate(unit.id))}>
                  推荐先进职工
                </View>
              ) : (
                <Text className='hon__text'>{data.quota === 0 ? '上级工会还没有分配名额。' : '名额已用完。'}</Text>
              )}
            </View>
            {data.items.length === 0 ? (
              <EmptyState compact mark='荐' title='还没有推荐' message='推荐的先进职工和审核进度会列在这里。' />
            ) : (
              data.items.map((n) => (
                <NominationCard key={n.id} n={n}>
                  {EDITABLE.includes(n.status) && (
                    <View className='hon__button hon__button--plain' onClick={() => open(HONOUR_ROUTES.nominate(unit.id, n.id))}>
                      {n.status === 'draft' ? '继续填写' : '修改后重新提交'}
                    </View>
                  )}
                </NominationCard>
              ))
            )}
            {data.hasMore && <Text className='hon__muted'>仅显示最近 20 条</Text>}
          </>
        )}
      </Loaded>
    </View>
  )
}

/** 先进推荐: a unit chair's nominations with their status, and the way to nominate within the quota. */
export default managedUnitPage(NOMINATE_ROLES, { title: '您不是基层工会主席', message: '先进职工由基层工会主席在名额内推荐。' }, Nominations)
