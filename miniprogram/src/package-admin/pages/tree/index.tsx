import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { UnitNode, UnitRef } from '@contract/entities/people'
import Button from '../../../components/button'
import { PageError } from '../../../components/page-state'
import ExportButton from '../../../features/exports/export-button'
import UnitBrowser from '../../../features/org/components/unit-browser'
import UnitSwitch from '../../../features/org/components/unit-switch'
import ManagedUnitPage from '../../../features/org/components/managed-unit-page'
import { childTypesOf, useUnitAdmin } from '../../../features/org/hooks/use-unit-admin'
import { useUnitLevel } from '../../../features/org/hooks/use-unit-level'
import { MANAGER_ROLES } from '../../../features/org/staff'
import UnitDialogs from './unit-dialogs'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

const ACTIONS = ['更名', '移到其他上级单位', '撤销单位'] as const

function Tree({ root, roots, onSelect }: { root: UnitRef; roots: UnitRef[]; onSelect: (id: string) => void }) {
  const level = useUnitLevel(root.id)
  const admin = useUnitAdmin(() => void level.reload())
  usePageRefresh(level)

  const manage = (unit: UnitNode) => {
    Taro.showActionSheet({ itemList: [...ACTIONS] })
      .then(({ tapIndex }) => {
        if (tapIndex === 0) admin.open({ kind: 'rename', unit })
        else if (tapIndex === 1) admin.open({ kind: 'move', unit })
        else admin.retire(unit)
      })
      .catch(() => undefined) // dismissed
  }

  const parent = level.parent
  const canCreate = parent && childTypesOf(parent).length > 0
  return (
    <View className='tree'>
      <UnitSwitch units={roots} selected={root} onSelect={onSelect} />
      <View className='tree__body'>
        {level.error && !parent ? (
          <PageError error={level.error} onRetry={() => void level.reload()} />
        ) : (
          <>
            <UnitBrowser
              level={level}
              showMembers
              emptyText='下面还没有单位'
              rowAction={(u) => (
                <Text
                  className='tree__manage'
                  onClick={(e) => {
                    // The row itself opens the unit; this button only manages it.
                    e.stopPropagation()
                    manage(u)
                  }}
                >
                  管理
                </Text>
              )}
            />
            {canCreate && (
              <View className='tree__create'>
                <Button id='create-child' type='primary' size='large' block onClick={() => admin.open({ kind: 'create', parent })}>
                  在「{parent.name}」下新建单位
                </Button>
              </View>
            )}
            <View className='tree__create'>
              <ExportButton action='campaign.exportUnits' input={{ unitId: root.id }} label='导出各单位参与情况（Excel）' />
            </View>
            <Text className='tree__hint'>点单位名称查看它的下级单位；点“管理”可更名、移动或撤销。撤销前要先处理它的下级单位。</Text>
          </>
        )}
      </View>
      <UnitDialogs admin={admin} roots={roots} />
    </View>
  )
}

export default function TreePage() {
  return (
    <ManagedUnitPage roles={MANAGER_ROLES} denied={{ title: '您没有管理组织架构的权限', message: '组织架构由行业、乡镇工会和市总工会管理。' }}>
      {({ unit, units, select }) => <Tree root={unit} roots={units} onSelect={select} />}
    </ManagedUnitPage>
  )
}
