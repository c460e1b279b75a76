import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { UnitNode } from '@contract/entities/people'
import { UNIT_TYPE_LABELS } from '@contract/roles'
import type { UnitLevel } from '../../hooks/use-unit-level'
import EmptyState from '../../../../components/empty-state'
import './index.scss'

export interface UnitRowProps {
  unit: UnitNode
  /** The ancestors' names, for search results out of context. */
  pathNames?: string[]
  showMembers?: boolean
  /** On the right: ›, 选择, or a page's own button. */
  trailing?: ReactNode
  selected?: boolean
  onClick?: () => void
}

export function UnitRow({ unit, pathNames, showMembers = false, trailing, selected = false, onClick }: UnitRowProps) {
  const meta = [UNIT_TYPE_LABELS[unit.type]]
  if (unit.childCount > 0) meta.push(`下设 ${unit.childCount} 个单位`)
  if (showMembers) meta.push(`${unit.memberCount} 名成员`)
  return (
    <View className={`unit-row${selected ? ' unit-row--selected' : ''}`} hoverClass='unit-row--pressed' onClick={onClick}>
      <View className='unit-row__body'>
        <Text className='unit-row__name'>{unit.name}</Text>
        {pathNames && pathNames.length > 0 && <Text className='unit-row__path'>{pathNames.join(' › ')}</Text>}
        <Text className='unit-row__meta'>{meta.join(' · ')}</Text>
      </View>
      {trailing}
    </View>
  )
}

export interface UnitBrowserProps {
  level: UnitLevel
  /** Which units may be picked (rows without children pick on tap; the level itself has a row). */
  canPick?: (unit: UnitNode) => boolean
  onPick?: (unit: UnitNode) => void
  /** The id of the unit picked so far, highlighted. */
  selectedId?: string
  /** A page's own action on each row (e.g. 管理). */
  rowAction?: (unit: UnitNode) => ReactNode
  showMembers?: boolean
  emptyText?: string
}

/** Walks the union tree from the top: tap a union to see the units under it, the crumbs to go back. */
export default function UnitBrowser({
  level,
  canPick,
  onPick,
  selectedId,
  rowAction,
  showMembers = false,
  emptyText = '这里还没有下级单位',
}: UnitBrowserProps) {
  const { parent, children, crumbs, loading } = level
  const pickable = (u: UnitNode) => Boolean(onPick && canPick?.(u))
  return (
    <View className='unit-browser'>
      {/* A single crumb only repeats the page's heading; from two levels on it is the way back up. */}
      {crumbs.length > 1 && (
        <View className='unit-browser__crumbs'>
          {crumbs.map((c, i) => {
            const last = i === crumbs.length - 1
            return (
              <View key={c.id} className='unit-browser__crumb-item'>
                {i > 0 && <Text className='unit-browser__sep'>›</Text>}
                <Text className={`unit-browser__crumb${last ? ' unit-browser__crumb--current' : ''}`} onClick={last ? undefined : () => level.open(c.id)}>
                  {c.name}
                </Text>
              </View>
            )
          })}
        </View>
      )}

      {parent && pickable(parent) && (
        <View className={`unit-browser__self${selectedId === parent.id ? ' unit-browser__self--selected' : ''}`} onClick={() => onPick?.(parent)}>
          <Text className='unit-browser__self-text'>就是「{parent.name}」本级</Text>
          <Text className='unit-browser__pick'>{selectedId === parent.id ? '已选' : '选择'}</Text>
        </View>
      )}

      {loading ? (
        <View className='unit-browser__loading'>加载中…</View>
      ) : children.length === 0 ? (
        <EmptyState compact mark='无' title={emptyText} />
      ) : (
        <View className='unit-browser__list'>
          {children.map((u) => {
            const drill = u.childCount > 0
            const pick = pickable(u)
            return (
              <UnitRow
                key={u.id}
                unit={u}
                showMembers={showMembers}
                selected={selectedId === u.id}
                onClick={drill ? () => level.open(u.id) : pick ? () => onPick?.(u) : undefined}
                trailing={
                  <View className='unit-row__trailing'>
                    {rowAction?.(u)}
                    {drill ? (
                      <Text className='unit-row__chevron'>›</Text>
                    ) : pick ? (
                      <Text className='unit-browser__pick'>{selectedId === u.id ? '已选' : '选择'}</Text>
                    ) : null}
                  </View>
                }
              />
            )
          })}
        </View>
      )}
    </View>
  )
}
