import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { UnitNode, UnitRef } from '@contract/entities/people'
import { ORG_LIMITS } from '@contract/limits/people'
import { UNIT_TYPE_LABELS } from '@contract/roles'
import Button from '../../../components/button'
import FormField from '../../../components/form-field'
import Sheet from '../../../components/sheet'
import { UnitRow } from '../../../features/org/components/unit-browser'
import { childTypesOf, moveTargets, type CreatableType, type useUnitAdmin } from '../../../features/org/hooks/use-unit-admin'

type Admin = ReturnType<typeof useUnitAdmin>

function CreateSheet({ admin, parent }: { admin: Admin; parent: UnitNode }) {
  const types = childTypesOf(parent)
  const [name, setName] = useState('')
  const [type, setType] = useState<CreatableType>(types[0])
  return (
    <Sheet
      visible
      title='新建下级单位'
      onClose={() => admin.open(undefined)}
      id='create-unit'
      footer={
        <Button
          id='confirm-create'
          type='primary'
          size='large'
          block
          loading={admin.busy}
          disabled={name.trim().length < ORG_LIMITS.unitName.min}
          onClick={() => admin.create(parent, name, type)}
        >
          新建
        </Button>
      }
    >
      <Text className='tree__sheet-lead'>建在「{parent.name}」下面</Text>
      {types.length > 1 && (
        <View className='tree__types' role='radiogroup'>
          {types.map((t) => (
            <View key={t} className={`tree__type${t === type ? ' tree__type--on' : ''}`} role='radio' aria-checked={t === type} onClick={() => setType(t)}>
              {UNIT_TYPE_LABELS[t]}
            </View>
          ))}
        </View>
      )}
      <FormField label={`${UNIT_TYPE_LABELS[type]}名称`} required error={admin.error}>
        <Input
          id='unit-name'
          className='form-field__input'
          value={name}
          maxlength={ORG_LIMITS.unitName.max}
          placeholder='例如：某某有限公司工会'
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
    </Sheet>
  )
}

function RenameSheet({ admin, unit }: { admin: Admin; unit: UnitNode }) {
  const [name, setName] = useState(unit.name)
  return (
    <Sheet
      visible
      title='单位更名'
      onClose={() => admin.open(undefined)}
      id='rename-unit'
      footer={
        <Button
          id='confirm-rename'
          type='primary'
          size='large'
          block
          loading={admin.busy}
          disabled={name.trim().length < ORG_LIMITS.unitName.min || name.trim() === unit.name}
          onClick={() => admin.rename(unit, name)}
        >
          保存新名称
        </Button>
      }
    >
      <FormField label='新名称' required error={admin.error} hint={`原名称：${unit.name}`}>
        <Input id='unit-name' className='form-field__input' value={name} maxlength={ORG_LIMITS.unitName.max} onInput={(e) => setName(e.detail.value)} />
      </FormField>
    </Sheet>
  )
}

function MoveSheet({ admin, unit, roots }: { admin: Admin; unit: UnitNode; roots: UnitRef[] }) {
  const [targets, setTargets] = useState<UnitNode[]>()
  const [target, setTarget] = useState<UnitNode>()
  useEffect(() => {
    let live = true
    void moveTargets(unit, roots).then((t) => live && setTargets(t))
    return () => {
      live = false
    }
  }, [unit, roots])
  return (
    <Sheet
      visible
      title={`移动「${unit.name}」`}
      onClose={() => admin.open(undefined)}
      scroll
      id='move-unit'
      footer={
        <Button id='confirm-move' type='primary' size='large' block loading={admin.busy} disabled={!target} onClick={() => target && admin.move(unit, target)}>
          {target ? `移到「${target.name}」下` : '请选择新的上级单位'}
        </Button>
      }
    >
      <Text className='tree__sheet-lead'>选择新的上级单位，它的成员和下级单位一起移过去。</Text>
      {admin.error && <Text className='tree__error'>{admin.error}</Text>}
      {!targets ? (
        <View className='tree__sheet-loading'>加载中…</View>
      ) : targets.length === 0 ? (
        <Text className='tree__sheet-lead'>您管理的范围内没有其他可以移到的上级单位。</Text>
      ) : (
        <View className='tree__targets'>
          {targets.map((t) => (
            <UnitRow
              key={t.id}
              unit={t}
              selected={target?.id === t.id}
              onClick={() => setTarget(t)}
              trailing={<Text className='unit-browser__pick'>{target?.id === t.id ? '已选' : '选择'}</Text>}
            />
          ))}
        </View>
      )}
    </Sheet>
  )
}

/** The open dialog of the tree page, if any. */
export default function UnitDialogs({ admin, roots }: { admin: Admin; roots: UnitRef[] }) {
  const d = admin.dialog
  if (!d) return null
  if (d.kind === 'create') return <CreateSheet admin={admin} parent={d.parent} />
  if (d.kind === 'rename') return <RenameSheet admin={admin} unit={d.unit} />
  return <MoveSheet admin={admin} unit={d.unit} roots={roots} />
}
