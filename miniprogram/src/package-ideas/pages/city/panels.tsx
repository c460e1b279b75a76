import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { MIN_SCORES_TO_ADOPT, type JudgeOption, type PanelView } from '@contract/entities/ideas'
import { IDEA_LIMITS } from '@contract/limits/ideas'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { Loaded } from '../../../components/page-state'
import Sheet from '../../../components/sheet'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'

/** Making or changing a panel: a name and at least two people holding the judge role. */
function PanelSheet({ editing, onClose, onSaved }: { editing: PanelView | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const judges = useCloudQuery('ideas.judges', {})
  const [name, setName] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  useEffect(() => {
    if (!editing) return
    setName(editing === 'new' ? '' : editing.name)
    setChosen(editing === 'new' ? [] : editing.judges.map((j) => j.userId))
  }, [editing])
  const save = useSubmit(async () => {
    const res = await call('ideas.savePanel', { ...(editing && editing !== 'new' ? { panelId: editing.id } : {}), name: name.trim(), judgeIds: chosen })
    if (!res.ok) return toastError(res.error)
    toastDone('已保存')
    onSaved()
  })
  const toggle = (j: JudgeOption) => setChosen((c) => (c.includes(j.userId) ? c.filter((x) => x !== j.userId) : [...c, j.userId]))
  return (
    <Sheet
      visible={Boolean(editing)}
      title={editing === 'new' ? '新建评审组' : '修改评审组'}
      onClose={save.busy ? undefined : onClose}
      scroll
      id='panel-sheet'
      footer={
        <Button
          id='save-panel'
          type='primary'
          size='large'
          block
          loading={save.busy}
          disabled={name.trim().length < IDEA_LIMITS.panelName.min || chosen.length < MIN_SCORES_TO_ADOPT || chosen.length > IDEA_LIMITS.panelJudges.max}
          onClick={() => void save.run()}
        >
          保存（已选 {chosen.length} 位）
        </Button>
      }
    >
      <FormField label='评审组名称' required>
        <Input
          id='panel-name'
          className='form-field__input'
          value={name}
          maxlength={IDEA_LIMITS.panelName.max}
          placeholder='例如：第一评审组'
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
      <Text className='ideas-section-title'>
        选择评审专家（至少 {MIN_SCORES_TO_ADOPT} 位，采纳要有 {MIN_SCORES_TO_ADOPT} 份评分；{IDEA_LIMITS.panelJudges.hint}）
      </Text>
      {judges.data?.items.length === 0 && <Text className='ideas-meta'>还没有评审专家。请先在“职务任免”里给专家任命“评审专家”。</Text>}
      {judges.data?.items.map((j) => (
        <View key={j.userId} className='ideas-person' onClick={() => toggle(j)}>
          <Text>
            {j.realName}
            <Text className='ideas-meta'> {j.job || j.unitName}</Text>
          </Text>
          <Text className='ideas-person__act'>{chosen.includes(j.userId) ? '✓ 已选' : '选择'}</Text>
        </View>
      ))}
    </Sheet>
  )
}

export default function PanelsTab() {
  const panels = useCloudQuery('ideas.panels', {})
  const [editing, setEditing] = useState<PanelView | 'new' | null>(null)
  return (
    <Loaded state={panels} data={panels.data?.items} skeleton={{ hero: false, rows: 2 }}>
      {(items) => (
        <View id='panels'>
          {items.length === 0 && (
            <EmptyState compact mark='组' title='还没有评审组' message='评审组由两位以上评审专家组成。建好后，待分配的金点子可以轮流分给各组。' />
          )}
          {items.map((p) => (
            <View key={p.id} className='ideas-row' hoverClass='ideas-row--pressed' onClick={() => setEditing(p)}>
              <View className='ideas-row__top'>
                <Text className='ideas-row__title'>{p.name}</Text>
                <Text className='ideas-meta'>评审中 {p.reviewing} 条</Text>
              </View>
              <Text className='ideas-meta'>{p.judges.map((j) => j.realName).join('、')}</Text>
            </View>
          ))}
          <Button id='new-panel' size='large' block onClick={() => setEditing('new')}>
            新建评审组
          </Button>
          <PanelSheet
            editing={editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null)
              void panels.reload()
            }}
          />
        </View>
      )}
    </Loaded>
  )
}
