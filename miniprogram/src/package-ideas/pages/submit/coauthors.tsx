import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PersonRef } from '@contract/entities/ideas'
import { IDEA_LIMITS } from '@contract/limits/ideas'
import { PEOPLE_LIMITS } from '@contract/limits/people'
import Button from '../../../components/button'
import { FieldInput } from '../../../components/form-field/field-input'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'

/**
 * Co-authors: colleagues of the writer's own unit, found by their full real name (the server looks only
 * in the writer's unit, so this is no directory of people).
 */
export default function CoAuthors({ value, onChange }: { value: PersonRef[]; onChange: (v: PersonRef[]) => void }) {
  const [name, setName] = useState('')
  const [found, setFound] = useState<Array<PersonRef & { job: string }> | null>(null)
  const [busy, setBusy] = useState(false)
  const find = async () => {
    if (name.trim().length < PEOPLE_LIMITS.realName.min) return
    setBusy(true)
    const res = await call('ideas.findCoAuthor', { realName: name.trim() })
    setBusy(false)
    if (res.ok) setFound(res.data.items.filter((p) => !value.some((v) => v.userId === p.userId)))
    else toastError(res.error)
  }
  return (
    <View>
      {value.map((p) => (
        <View key={p.userId} className='ideas-person'>
          <Text>{p.realName}</Text>
          <Text className='ideas-person__act' onClick={() => onChange(value.filter((v) => v.userId !== p.userId))}>
            移除
          </Text>
        </View>
      ))}
      {value.length < IDEA_LIMITS.coAuthors.max && (
        <View className='ideas-inline'>
          <FieldInput
            id='coauthor-name'
            value={name}
            onChange={setName}
            maxlength={PEOPLE_LIMITS.realName.max}
            placeholder='同事的真实姓名'
            onConfirm={() => void find()}
          />
          <Button size='large' loading={busy} onClick={() => void find()}>
            查找
          </Button>
        </View>
      )}
      {found && found.length === 0 && <Text className='ideas-meta'>本单位没有找到这位同事，请核对姓名</Text>}
      {found?.map((p) => (
        <View key={p.userId} className='ideas-person'>
          <Text>
            {p.realName}
            {p.job ? `（${p.job}）` : ''}
          </Text>
          <Text
            className='ideas-person__act'
            onClick={() => {
              onChange([...value, { userId: p.userId, realName: p.realName }])
              setFound(null)
              setName('')
            }}
          >
            添加
          </Text>
        </View>
      ))}
    </View>
  )
}
