import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import type { Me, UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import { PageError, PageLoading } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useInvites } from '../../../features/org/hooks/use-invites'
import { useManagedUnits } from '../../../features/org/hooks/use-managed-units'
import { useMe } from '../../../hooks/use-me'
import { usePagedList } from '../../../hooks/use-paged-list'
import { replace, ROUTES } from '../../../services/navigation'
import { CHAIR_ROLES } from '../../../features/org/staff'
import InvitesTab from './invites-tab'
import MembersTab from './members-tab'
import RequestsTab from './requests-tab'
import './index.scss'

type Tab = 'members' | 'requests' | 'invites'

function UnitAdmin({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const [tab, setTab] = useState<Tab>('members')
  const [keyword, setKeyword] = useState('')
  const members = usePagedList('org.members', { unitId: unit.id, ...(keyword ? { keyword } : {}) })
  const requests = usePagedList('org.joinRequests', { unitId: unit.id })
  const invites = useInvites(unit.id)
  const [now] = useState(() => Date.now())

  usePullDownRefresh(() => {
    const current = tab === 'members' ? members.reload() : tab === 'requests' ? requests.reload() : invites.reload()
    void current.then(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className="unit-admin">
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <SegTabs<Tab>
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'members', label: '成员' },
          { key: 'requests', label: '入会申请', badge: requests.items.length },
          { key: 'invites', label: '邀请码' },
        ]}
      />
      <View className="unit-admin__content">
        {tab === 'members' && <MembersTab unit={unit} list={members} keyword={keyword} onSearch={setKeyword} onInvite={() => setTab('invites')} />}
        {tab === 'requests' && <RequestsTab unit={unit} list={requests} onApproved={() => void members.reload()} />}
        {tab === 'invites' && <InvitesTab unit={unit} invites={invites} now={now} />}
      </View>
    </View>
  )
}

function Page({ me }: { me: Me }) {
  const { units, selected, select } = useManagedUnits(me, CHAIR_ROLES)
  if (!selected) return <EmptyState mark="权" title="您没有管理的单位" message="单位管理供工会主席使用。如需开通，请联系上级工会。" actionText="返回我的" onAction={() => replace(ROUTES.me)} />
  // A new unit starts afresh: its lists and tabs belong to it alone.
  return <UnitAdmin key={selected.id} unit={selected} units={units} onSelect={select} />
}

export default function UnitAdminPage() {
  const { me, error, loading, reload } = useMe()
  if (me) return <Page me={me} />
  if (error && !loading) return <PageError error={error} onRetry={() => void reload()} />
  return <PageLoading hero={false} />
}
