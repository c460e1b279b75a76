import { Input, Text, Textarea, View } from '@tarojs/components'
import { NOTICE_LIMITS as L } from '@contract/limits/notices'
import type { Me, UnitRef } from '@contract/entities/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import WithMe from '../../../components/with-me'
import { PIN_CHOICES, pinLabel, usePublishForm } from '../../../features/command/hooks/use-publish-form'
import { pageClass } from '../../../features/command/page-class'
import { COMMAND_ROUTES } from '../../../features/command/routes'
import { COMMAND_TEXT as T, STEERING_ROLES } from '../../../features/command/text'
import UnitBrowser from '../../../features/org/components/unit-browser'
import { useUnitLevel } from '../../../features/org/hooks/use-unit-level'
import { unitsWithRole } from '../../../features/org/staff'
import { open, replace } from '../../../services/navigation'
import '../../../features/command/command.scss'

function Form({ me, root }: { me: Me; root: UnitRef }) {
  const f = usePublishForm(me.id, root)
  const level = useUnitLevel(root.id)
  const e = f.errors
  if (f.published) {
    const n = f.published
    return (
      <View className='cmd-card' id='notice-published'>
        <Text className='cmd-heading'>{T.published}</Text>
        <Text className='cmd-text'>{n.title}</Text>
        <Text className='cmd-muted'>
          发至{n.audience.name}
          {n.audience.type === 'city' ? '（全市）' : '及下属单位'}
        </Text>
        <View className='cmd-actions'>
          <Button id='notice-published-receipts' type='primary' size='large' block onClick={() => replace(COMMAND_ROUTES.receipts(n.id, root.id))}>
            {T.receipts}
          </Button>
        </View>
        <Button size='large' block onClick={() => replace(COMMAND_ROUTES.notices)}>
          查看全部通知
        </Button>
      </View>
    )
  }
  return (
    <View className='cmd-grid' id='notice-form'>
      <View className='cmd-card'>
        <FormField label='标题' required hint={L.title.hint} error={e.title}>
          <Input
            id='notice-title-input'
            className='form-field__input'
            value={f.values.title}
            maxlength={L.title.max}
            onInput={(x) => f.set('title', x.detail.value)}
          />
        </FormField>
        <FormField label='正文' required hint={L.body.hint} error={e.body}>
          <Textarea
            id='notice-body-input'
            className='cmd-textarea'
            value={f.values.body}
            maxlength={L.body.max}
            autoHeight
            onInput={(x) => f.set('body', x.detail.value)}
          />
        </FormField>
        <FormField label={T.pin} error={undefined}>
          <View className='cmd-chips' id='notice-pin'>
            {PIN_CHOICES.map((d) => (
              <Text key={d} id={`notice-pin-${d}`} className={`cmd-chip${f.values.pinDays === d ? ' cmd-chip--on' : ''}`} onClick={() => f.set('pinDays', d)}>
                {pinLabel(d)}
              </Text>
            ))}
          </View>
        </FormField>
        <FormField label={T.attachments} hint={L.attachments.hint} error={e.attachments}>
          {f.files.map((x) => (
            <View key={x.fileId} className='cmd-file'>
              <Text className='cmd-file__name'>{x.name}</Text>
              <Text className='cmd-file__remove' onClick={() => f.removeFile(x.fileId)}>
                删除
              </Text>
            </View>
          ))}
          {f.files.length < L.attachments.max && (
            <Button id='notice-add-file' size='large' block loading={f.adding} disabled={f.adding} onClick={() => void f.addFiles()}>
              {f.adding ? '上传中' : T.addFile}
            </Button>
          )}
        </FormField>
      </View>
      <View className='cmd-card'>
        <FormField label={T.audience} required hint={T.audienceHint} error={e.audience}>
          <Text className='cmd-text' id='notice-audience'>
            已选：{f.audience?.name ?? '未选择'}
          </Text>
        </FormField>
        <UnitBrowser level={level} canPick={() => true} onPick={(u) => f.setAudience({ id: u.id, name: u.name, type: u.type })} selectedId={f.audience?.id} />
      </View>
      <View className='cmd-actions cmd-wide'>
        <Button id='notice-submit' type='primary' size='large' block loading={f.busy} disabled={f.busy || f.adding} onClick={() => void f.publish()}>
          {T.publish}
        </Button>
      </View>
    </View>
  )
}

function Page({ me }: { me: Me }) {
  const units = unitsWithRole(me, STEERING_ROLES)
  if (units.length === 0)
    return <EmptyState mark='权' title='只有市总工会和行业、乡镇（街道）工会可以发布通知' actionText='查看通知' onAction={() => open(COMMAND_ROUTES.notices)} />
  return (
    <View className={pageClass()} id='publish'>
      <Form me={me} root={units[0]} />
    </View>
  )
}

export default function PublishPage() {
  return <WithMe>{(me) => <Page me={me} />}</WithMe>
}
