import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { OutputOf } from '@contract/actions/index'
import type { Me, RoleHolder, UnitRef } from '@contract/entities/people'
import { ROLE_LABELS } from '@contract/roles'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody, Loaded } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import Sheet from '../../../components/sheet'
import UnitBrowser from '../../../features/org/components/unit-browser'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useCloudQuery, type CloudQuery } from '../../../hooks/use-cloud-query'
import ManagedUnitPage from '../../../features/org/components/managed-unit-page'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useRoleAdmin } from '../../../features/org/hooks/use-role-admin'
import { useUnitLevel } from '../../../features/org/hooks/use-unit-level'
import { MANAGER_ROLES, roleEventSentence } from '../../../features/org/staff'
import { formatDate, formatDateTime } from '../../../utils/date'
import GrantSheet from './grant-sheet'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

type Tab = 'holders' | 'history'

function Holders({
  holders,
  canRevoke,
  onRevoke,
  busy,
}: {
  holders: CloudQuery<OutputOf<'org.roleHolders'>>
  canRevoke: (h: RoleHolder) => boolean
  onRevoke: (h: RoleHolder) => void
  busy: boolean
}) {
  return (
    <Loaded state={holders} data={holders.data?.items} skeleton={{ hero: false, rows: 3 }}>
      {(items) =>
        items.length === 0 ? (
          <EmptyState mark='职' title='这里还没有人担任职务' message='点下面的“任命职务”，从成员中任命工会主席等职务。' />
        ) : (
          <View className='roles__list' id='holder-list'>
            {items.map((h) => (
              <View key={`${h.userId}-${h.role}-${h.unit.id}`} className='roles__holder'>
                <View className='roles__holder-body'>
                  <Text className='roles__holder-name'>{h.realName}</Text>
                  <Text className='roles__holder-role'>{ROLE_LABELS[h.role]}</Text>
                  <Text className='roles__meta'>
                    {h.unit.name} · {formatDate(h.grantedAt)} 起
                  </Text>
                </View>
                {canRevoke(h) && (
                  <Button className='roles__revoke' size='small' type='danger' fill='outline' disabled={busy} onClick={() => onRevoke(h)}>
                    免去
                  </Button>
                )}
              </View>
            ))}
          </View>
        )
      }
    </Loaded>
  )
}

function History({ unit }: { unit: UnitRef }) {
  const list = usePagedList('org.roleHistory', { unitId: unit.id })
  usePageRefresh(list)
  return (
    <ListBody
      list={list}
      empty={<EmptyState mark='史' title='还没有任免记录' message='每一次任命和免去都会记在这里，谁在什么时候做的。' />}
      className='roles__list'
      id='history-list'
      item={(e) => (
        <View key={e.id} className='roles__event'>
          <Text className={`roles__event-kind roles__event-kind--${e.action}`}>{e.action === 'grant' ? '任命' : '免去'}</Text>
          <View className='roles__event-body'>
            <Text className='roles__event-text'>{roleEventSentence(e)}</Text>
            <Text className='roles__meta'>{formatDateTime(e.at)}</Text>
          </View>
        </View>
      )}
    />
  )
}

function UnitPicker({ root, visible, onPick, onClose }: { root: UnitRef; visible: boolean; onPick: (u: UnitRef) => void; onClose: () => void }) {
  const level = useUnitLevel(root.id)
  return (
    <Sheet visible={visible} title='选择单位' onClose={onClose} scroll id='unit-picker'>
      <UnitBrowser level={level} canPick={() => true} onPick={onPick} />
    </Sheet>
  )
}

function Roles({ me, root, roots, onSelectRoot }: { me: Me; root: UnitRef; roots: UnitRef[]; onSelectRoot: (id: string) => void }) {
  const [unit, setUnit] = useState<UnitRef>(root)
  const [picking, setPicking] = useState(false)
  const [tab, setTab] = useState<Tab>('holders')
  const [historyKey, setHistoryKey] = useState(0)
  const holders = useCloudQuery('org.roleHolders', { unitId: unit.id })
  const admin = useRoleAdmin(me, unit, () => {
    void holders.reload()
    setHistoryKey((k) => k + 1)
  })

  // Pull-down reloads the holders here and the history list in its own tab (History).
  usePageRefresh(holders)

  return (
    <View className='roles'>
      <UnitSwitch units={roots} selected={unit} onSelect={(id) => onSelectRoot(id)} action={{ text: '切换单位', onClick: () => setPicking(true) }} />
      <SegTabs<Tab>
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'holders', label: '现任职务' },
          { key: 'history', label: '任免记录' },
        ]}
      />
      <View className='roles__content'>
        {tab === 'holders' ? (
          <Holders holders={holders} canRevoke={admin.canRevoke} onRevoke={admin.revoke} busy={admin.revokeBusy} />
        ) : (
          <History key={`${unit.id}-${historyKey}`} unit={unit} />
        )}
      </View>

      <View className='roles__bar'>
        {admin.roles.length > 0 ? (
          <Button id='start-grant' type='primary' size='large' block onClick={admin.start}>
            任命职务
          </Button>
        ) : (
          <Text className='roles__hint'>在这个单位上没有您能任命的职务，请点“切换单位”选择下面的基层单位。</Text>
        )}
      </View>

      <UnitPicker
        root={root}
        visible={picking}
        onClose={() => setPicking(false)}
        onPick={(u) => {
          setUnit(u)
          setPicking(false)
        }}
      />
      <GrantSheet unit={unit} admin={admin} />
    </View>
  )
}

export default function RolesPage() {
  return (
    <ManagedUnitPage roles={MANAGER_ROLES} denied={{ title: '您没有任免职务的权限', message: '职务任免由行业、乡镇工会和市总工会负责。' }}>
      {({ me, unit, units, select }) => <Roles me={me} root={unit} roots={units} onSelectRoot={select} />}
    </ManagedUnitPage>
  )
}
