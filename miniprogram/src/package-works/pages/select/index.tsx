import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { EXHIBITION_SIZE, type ReviewWork } from '@contract/entities/works'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import { DecisionButtons, DecisionDialog } from '../../../components/decision-bar'
import SegTabs from '../../../components/seg-tabs'
import WorkReviewCard from '../../../features/works/components/work-review-card'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePagedList } from '../../../hooks/use-paged-list'
import { replace, ROUTES } from '../../../services/navigation'
import { WORK_ROUTES } from '../../../features/works/routes'
import { useWorkDecisions } from '../../../features/works/hooks/use-work-decisions'
import WithMe from '../../../components/with-me'
import ExportButton from '../../../features/exports/export-button'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

type View_ = 'pool' | 'exhibited'

const QUICK_REASONS = ['同类作品已入选较多', '照片质量不足以展出', '与作品展主题不符']

/** Where a work in the pool came from: passed up to the city, or only recommended by its unit. */
const from = (w: ReviewWork) => (w.stage.unit.type === 'city' ? '已报送市总工会' : `「${w.stage.unit.name}」审核中，可直接入选`)

function Fill({ count }: { count: number }) {
  const pct = Math.min(100, Math.round((count / EXHIBITION_SIZE) * 100))
  return (
    <View className='select__fill' id='exhibition-fill'>
      <View className='select__fill-row'>
        <Text className='select__fill-label'>作品展已入选</Text>
        <Text className='select__fill-count'>
          <Text className='select__fill-num'>{count}</Text> / {EXHIBITION_SIZE} 件
        </Text>
      </View>
      <View className='select__bar'>
        <View className='select__bar-fill' style={{ width: `${pct}%` }} />
      </View>
      {count >= EXHIBITION_SIZE && <Text className='select__full'>作品展已满。要入选新作品，请先在「已入展」里撤下一件。</Text>}
    </View>
  )
}

function Lists({ cityId }: { cityId: string }) {
  const [view, setView] = useState<View_>('pool')
  const home = useCloudQuery('campaign.home', {})
  const list = usePagedList('works.selectionPool', { view })
  const d = useWorkDecisions(list, { title: '作品不入选', quick: QUICK_REASONS }, () => void home.reload())
  const count = home.data?.targets.find((t) => t.key === 'works')?.count ?? 0
  usePageRefresh([list, home])

  const empty =
    view === 'pool' ? (
      <EmptyState mark='选' title='还没有报送来的作品' message='各单位工会选送的作品会出现在这里。下拉可以刷新。' />
    ) : (
      <EmptyState mark='展' title='作品展还没有作品' message='在「待遴选」里选择作品入选后，就会公开展出。' />
    )
  const body = () => (
    <ListBody
      list={list}
      empty={empty}
      id='select-list'
      item={(w) => (
        <WorkReviewCard key={w.id} work={w} note={view === 'pool' ? from(w) : undefined}>
          <DecisionButtons
            buttons={
              view === 'pool'
                ? [
                    { text: '不入选', danger: true, disabled: d.busy, onClick: () => d.start('reject', [w]) },
                    { text: '入选作品展', loading: d.busyId === w.id, disabled: d.busy || count >= EXHIBITION_SIZE, onClick: () => d.start('select', [w]) },
                  ]
                : [
                    { text: '查看展出页', plain: true, onClick: () => void Taro.navigateTo({ url: WORK_ROUTES.detail(w.id) }) },
                    { text: '撤下', danger: true, loading: d.busyId === w.id, disabled: d.busy, onClick: () => d.start('withdraw', [w]) },
                  ]
            }
          />
        </WorkReviewCard>
      )}
    />
  )

  return (
    <View className='select'>
      <Fill count={count} />
      <View className='select__export'>
        <ExportButton action='works.export' input={{ unitId: cityId }} label='导出全市作品（Excel）' />
      </View>
      <SegTabs<View_>
        active={view}
        onChange={setView}
        tabs={[
          { key: 'pool', label: '待遴选' },
          { key: 'exhibited', label: '已入展' },
        ]}
      />
      {body()}
      <DecisionDialog flow={d} />
    </View>
  )
}

/** 作品遴选 (city union): choose the 100 works of the exhibition from what the unions sent up. */
export default function SelectWorksPage() {
  return (
    <WithMe>
      {(me) => {
        const city = me.roles.find((r) => r.role === 'city_admin')
        return city ? (
          <Lists cityId={city.unit.id} />
        ) : (
          <EmptyState
            mark='权'
            title='作品遴选由市总工会进行'
            message='各单位工会请在「作品审核」里选送本单位的作品。'
            actionText='返回我的'
            onAction={() => replace(ROUTES.me)}
          />
        )
      }}
    </WithMe>
  )
}
