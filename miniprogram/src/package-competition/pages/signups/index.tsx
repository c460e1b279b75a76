import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { CompetitionDetail } from '@contract/entities/competition'
import Button from '../../../components/button'
import CompetitionSignupRow from '../../../features/competition/components/competition-signup-row'
import EmptyState from '../../../components/empty-state'
import { ListBody, Loaded } from '../../../components/page-state'
import { DecisionBar, DecisionDialog, SelectAll } from '../../../components/decision-bar'
import SegTabs from '../../../components/seg-tabs'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { firstTab, useCompetitionSignups, type SignupTab } from '../../../features/competition/hooks/use-competition-signups'
import { useMe } from '../../../hooks/use-me'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import { placesText } from '../../../features/competition/text'
import { open, replace, ROUTES } from '../../../services/navigation'
import { CHAIR_ROLES, unitsWithRole } from '../../../features/org/staff'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

const EMPTY: Record<SignupTab, string> = {
  pending: '没有待审核的报名',
  accepted: '还没有获得名额的报名',
  waitlisted: '没有候补的报名',
  rejected: '没有未通过的报名',
}

function Signups({ c, reloadDetail }: { c: CompetitionDetail; reloadDetail: () => Promise<void> }) {
  const s = useCompetitionSignups(c.id, firstTab(c.needsApproval), () => void reloadDetail())
  const list = s.list
  const d = s.decisions
  usePageRefresh([{ reload: s.reloadAll, loadMore: list.loadMore }, { reload: reloadDetail }])
  const batch = s.tab === 'pending' && list.items.length > 1

  return (
    <View className='competition-signups'>
      <View className='competition-signups__head'>
        <Text className='competition-signups__title'>{c.title}</Text>
        <Text className='competition-signups__meta'>{placesText(c)}</Text>
        <Button
          id='export'
          className='competition-signups__export'
          type='primary'
          fill='outline'
          size='large'
          block
          loading={s.exportBusy}
          onClick={s.exportList}
        >
          导出名单（Excel）
        </Button>
      </View>
      <SegTabs<SignupTab>
        active={s.tab}
        onChange={s.setTab}
        tabs={[
          // Only the loaded pages are counted: with more to come the tab says "at least".
          s.pendingMore ? { key: 'pending', label: `待审核 ${s.pendingCount}+` } : { key: 'pending', label: '待审核', badge: s.pendingCount },
          { key: 'accepted', label: '已通过', badge: c.accepted },
          { key: 'waitlisted', label: '候补', badge: c.waitlisted },
          { key: 'rejected', label: '未通过' },
        ]}
      />
      <View className='competition-signups__list' id='signup-list'>
        <ListBody
          list={list}
          empty={
            <EmptyState
              compact
              mark='报'
              title={EMPTY[s.tab]}
              message='新的报名会出现在这里，下拉可以刷新。'
              actionText='查看竞赛页面'
              onAction={() => open(COMPETITION_ROUTES.detail(c.id))}
            />
          }
        >
          {(items) => (
            <>
              {batch && <SelectAll flow={d} count={items.length} unitWord='个' />}
              {items.map((row) => (
                <CompetitionSignupRow
                  key={row.id}
                  row={row}
                  checked={d.selected.includes(row.id)}
                  onToggle={batch ? () => d.toggle(row.id) : undefined}
                  onApprove={row.status === 'pending' ? () => d.start('approve', [row]) : undefined}
                  onReject={row.status === 'pending' ? () => d.start('reject', [row]) : undefined}
                  busy={d.busy}
                />
              ))}
            </>
          )}
        </ListBody>
      </View>

      {batch && <DecisionBar flow={d} unitWord='个' actions={[{ kind: 'approve', text: '全部通过', id: 'approve-selected' }]} />}
      <DecisionDialog flow={d} />
    </View>
  )
}

function ForCompetition({ id }: { id: string }) {
  const query = useCloudQuery('competition.detail', { competitionId: id })
  const data = query.data
  if (data && !data.canManage)
    return (
      <EmptyState
        mark='权'
        title='您不能查看这项竞赛的报名'
        message='报名名单只给主办单位和它的上级工会看。'
        actionText='查看竞赛页面'
        onAction={() => replace(COMPETITION_ROUTES.detail(id))}
      />
    )
  return (
    <Loaded state={query} data={data}>
      {(loaded) => <Signups c={loaded} reloadDetail={query.reload} />}
    </Loaded>
  )
}

export default function SignupsPage() {
  const id = useRouter().params.id ?? ''
  const meState = useMe()
  const me = meState.me
  if (me && unitsWithRole(me, CHAIR_ROLES).length === 0)
    return <EmptyState mark='权' title='报名名单供主办单位使用' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  return (
    <Loaded state={meState} data={me}>
      {() => <ForCompetition id={id} />}
    </Loaded>
  )
}
