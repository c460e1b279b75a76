import { View } from '@tarojs/components'
import { useState } from 'react'
import type { UnitRef } from '@contract/entities/people'
import SegTabs from '../../../components/seg-tabs'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useInvites } from '../../../features/org/hooks/use-invites'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import { usePagedList } from '../../../hooks/use-paged-list'
import { CHAIR_ROLES } from '../../../features/org/staff'
import InvitesTab from './invites-tab'
import MembersTab from './members-tab'
import RequestsTab from './requests-tab'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

type Tab = 'members' | 'requests' | 'invites'

function UnitAdmin({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const [tab, setTab] = useState<Tab>('members')
  const [keyword, setKeyword] = useState('')
  const members = usePagedList('org.members', { unitId: unit.id, ...(keyword ? { keyword } : {}) })
  const requests = usePagedList('org.joinRequests', { unitId: unit.id })
  const invites = useInvites(unit.id)
  const [now] = useState(() => Date.now())

  // Pull-down and reach-bottom act on the tab in view.
  usePageRefresh(tab === 'members' ? members : tab === 'requests' ? requests : invites)

  return (
    <View className='unit-admin'>
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
      <View className='unit-admin__content'>
        {tab === 'members' && <MembersTab unit={unit} list={members} keyword={keyword} onSearch={setKeyword} onInvite={() => setTab('invites')} />}
        {tab === 'requests' && <RequestsTab unit={unit} list={requests} onApproved={() => void members.reload()} />}
        {tab === 'invites' && <InvitesTab unit={unit} invites={invites} now={now} />}
      </View>
    </View>
  )
}

export default managedUnitPage(CHAIR_ROLES, { title: '您没有管理的单位', message: '单位管理供工会主席使用。如需开通，请联系上级工会。' }, UnitAdmin)
