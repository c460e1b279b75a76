import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { COMPETITION_CATEGORIES, type CompetitionDetail } from '@contract/entities/competition'
import { COMPETITION_LIMITS as L } from '@contract/limits/competition'
import { digits } from '@contract/limits'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import CompetitionActionBar, { ActionBarSpacer } from '../../../features/competition/components/competition-action-bar'
import CompetitionChoice from '../../../features/competition/components/competition-choice'
import CompetitionDateTime from '../../../features/competition/components/competition-datetime'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { bind } from '../../../components/form-field/bind'
import FormError from '../../../components/form-field/form-error'
import { FieldInput } from '../../../components/form-field/field-input'
import { NumberField } from '../../../components/form-field/number-field'
import { TextAreaField } from '../../../components/form-field/textarea-field'
import { TextField } from '../../../components/form-field/text-field'
import { DraftAndSubmit } from '../../../components/form-field/steps'
import { Loaded } from '../../../components/page-state'
import ReasonDialog from '../../../components/reason-dialog'
import StatusTag from '../../../components/status-tag'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useCompetitionForm, type CompetitionForm, type TimeKey } from '../../../features/competition/hooks/use-competition-form'
import { useMe } from '../../../hooks/use-me'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import { stageOf } from '../../../features/competition/text'
import { open, replace, ROUTES } from '../../../services/navigation'
import { CHAIR_ROLES, unitsWithRole } from '../../../features/org/staff'
import './index.scss'

const TIMES: Array<{ key: TimeKey; label: string; hint?: string }> = [
  { key: 'signupStartAt', label: '报名开始', hint: '北京时间；发布后到这个时间才能报名' },
  { key: 'signupEndAt', label: '报名截止' },
  { key: 'eventStartAt', label: '比赛开始', hint: '不能早于报名截止' },
  { key: 'eventEndAt', label: '比赛结束' },
]

const CATEGORIES = COMPETITION_CATEGORIES.map((k) => ({ key: k, label: k }))
/** Choices in the order written, from their labels. */
const choices = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key] }))
const MODES = choices({ individual: '个人报名', team: '团体报名' })
const ELIGIBILITY = choices({ subtree: '本单位及下属单位', city: '全市职工' })
const APPROVAL = choices({ no: '不用审核', yes: '需要审核' })

const BUTTON = 'competition-edit__button'
const DESCRIPTION = { className: 'competition-edit__textarea', placeholder: '写给职工看的介绍' }
const CAPACITY = { hint: '满了以后报名的人进入候补，有人取消时按顺序递补' }

/** The number inputs' row: the input, then its unit. */
const NUMBER_ROW = { row: 'competition-edit__number', input: 'competition-edit__number-input', unit: 'competition-edit__unit' }
const TEAM_INPUT = `form-field__input ${NUMBER_ROW.input}`

const CANCEL_REASONS = ['场地临时调整，另行通知', '报名人数不足', '天气原因']

function CoverPicker({ form }: { form: CompetitionForm }) {
  const pick = () => {
    Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      .then((res) => form.chooseCover(res.tempFilePaths[0]))
      .catch(() => undefined) // closed without choosing
  }
  return (
    <FormField label='封面图片' hint='横向照片最好看；不放也可以' error={form.errors.coverFileId}>
      <View className='competition-edit__cover' id='cover-picker' onClick={pick}>
        {form.cover.preview ? (
          <Image className='competition-edit__cover-image' src={form.cover.preview} mode='aspectFill' />
        ) : (
          <Text className='competition-edit__cover-empty'>＋ 选择图片</Text>
        )}
        {form.cover.preview && <Text className='competition-edit__cover-hint'>{form.cover.uploading ? '正在上传…' : '点击更换'}</Text>}
      </View>
    </FormField>
  )
}

function StatusActions({ form, onCancel }: { form: CompetitionForm; onCancel: () => void }) {
  const c = form.current
  if (!c || (c.status !== 'published' && c.status !== 'closed')) return null
  return (
    <View className='competition-edit__card'>
      <Text className='competition-edit__section'>其他操作</Text>
      {c.status === 'published' && (
        <View className='competition-edit__more'>
          <Text className='competition-edit__more-text'>名额够了或需要提前结束报名时：</Text>
          <Button id='close-signup' type='primary' fill='outline' size='large' block loading={form.closing} onClick={form.closeSignup}>
            截止报名
          </Button>
        </View>
      )}
      <View className='competition-edit__more'>
        <Text className='competition-edit__more-text'>不再举办时取消，已报名的职工会看到原因：</Text>
        <Button id='cancel-competition' type='danger' fill='outline' size='large' block loading={form.cancelling} onClick={onCancel}>
          取消竞赛
        </Button>
      </View>
    </View>
  )
}

function EditForm({ me, unitId, initial }: { me: Me; unitId?: string; initial?: CompetitionDetail }) {
  const [now] = useState(() => Date.now())
  const form = useCompetitionForm({ userId: me.id, unitId, initial, now })
  const [cancelOpen, setCancelOpen] = useState(false)
  const v = form.values
  const c = form.current
  const locked = c && (c.status === 'finished' || c.status === 'cancelled')
  const unitName = c?.organizer.name ?? unitsWithRole(me, CHAIR_ROLES).find((u) => u.id === unitId)?.name ?? ''
  const stage = c ? stageOf(c) : undefined
  const places = { ...NUMBER_ROW, text: v.mode === 'team' ? '队' : '人' }
  // A new state (saved, published, closed, cancelled) is told at the top: bring it into view.
  const lastStatus = useRef(c?.status)
  useEffect(() => {
    if (c?.status === lastStatus.current) return
    lastStatus.current = c?.status
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 })
  }, [c?.status])

  return (
    <View className='competition-edit zg-page'>
      <View className='competition-edit__status' id='edit-status'>
        <View className='competition-edit__status-line'>
          <Text className='competition-edit__status-title'>{c ? '竞赛状态' : '新建竞赛'}</Text>
          {stage && <StatusTag tone={stage.tone}>{stage.text}</StatusTag>}
        </View>
        <Text className='competition-edit__status-text'>
          {!c
            ? `主办单位：${unitName || '本单位'}。先保存为草稿，检查无误再发布。`
            : c.status === 'draft'
              ? '草稿只有主办单位能看到，发布后职工才能报名。'
              : c.status === 'cancelled'
                ? `已取消${c.cancelReason ? `，原因：${c.cancelReason}` : ''}。`
                : c.status === 'finished'
                  ? '比赛已结束，成绩已发布，不能再修改。'
                  : '修改后保存，竞赛页面会立即更新。'}
        </Text>
        {c && c.status !== 'draft' && (
          <Text className='competition-edit__status-link' onClick={() => open(COMPETITION_ROUTES.detail(c.id))}>
            查看竞赛页面 ›
          </Text>
        )}
      </View>

      {!locked && (
        <>
          <View className='competition-edit__card'>
            <Text className='competition-edit__section'>基本信息</Text>
            <TextField id='title' label='竞赛名称' required limit={L.title} placeholder='例如：数控车工技能比武' {...bind(form, 'title')} />
            <FormField label='类别' required error={form.errors.category}>
              <CompetitionChoice id='category' options={CATEGORIES} value={v.category} onChange={(k) => form.set('category', k)} />
            </FormField>
            <CoverPicker form={form} />
            <TextAreaField id='description' label='竞赛介绍' required limit={L.description} {...DESCRIPTION} {...bind(form, 'description')} />
          </View>

          <View className='competition-edit__card'>
            <Text className='competition-edit__section'>时间和地点</Text>
            {TIMES.map((t) => (
              <CompetitionDateTime
                key={t.key}
                id={`time-${t.key}`}
                label={t.label}
                hint={t.hint}
                date={v.times[t.key].date}
                time={v.times[t.key].time}
                error={form.errors[t.key]}
                onDate={(d) => form.setTime(t.key, 'date', d)}
                onTime={(h) => form.setTime(t.key, 'time', h)}
              />
            ))}
            <TextField id='place' label='比赛地点' required limit={L.place} hint={false} placeholder='例如：经开区职工技能实训中心' {...bind(form, 'place')} />
          </View>

          <View className='competition-edit__card'>
            <Text className='competition-edit__section'>报名设置</Text>
            <NumberField id='capacity' label='名额' required limit={L.capacity} {...CAPACITY} unit={places} {...bind(form, 'capacity')} />
            <FormField label='报名方式' required error={form.errors.mode}>
              <CompetitionChoice id='mode' options={MODES} value={v.mode} onChange={(k) => form.set('mode', k)} />
            </FormField>
            {v.mode === 'team' && (
              <FormField label='每队人数（含队长）' required error={form.errors.teamMin ?? form.errors.teamMax} hint='队长从本单位同事中选队员'>
                <View className={NUMBER_ROW.row}>
                  <FieldInput id='team-min' type='number' className={TEAM_INPUT} maxlength={digits(L.teamSize)} {...bind(form, 'teamMin')} />
                  <Text className={NUMBER_ROW.unit}>至</Text>
                  <FieldInput id='team-max' type='number' className={TEAM_INPUT} maxlength={digits(L.teamSize)} {...bind(form, 'teamMax')} />
                  <Text className={NUMBER_ROW.unit}>人</Text>
                </View>
              </FormField>
            )}
            <FormField label='谁可以报名' required error={form.errors.eligibility}>
              <CompetitionChoice id='eligibility' options={ELIGIBILITY} value={v.eligibility} onChange={(k) => form.set('eligibility', k)} />
            </FormField>
            <FormField label='报名需要审核吗' required error={form.errors.needsApproval} hint='需要审核时，名额先为报名的人保留，审核结果通过微信通知'>
              <CompetitionChoice
                id='approval'
                options={APPROVAL}
                value={v.needsApproval ? 'yes' : 'no'}
                onChange={(k) => form.set('needsApproval', k === 'yes')}
              />
            </FormField>
          </View>

          <StatusActions form={form} onCancel={() => setCancelOpen(true)} />
          <FormError className='competition-edit__error' id='form-error' message={form.formError} />
          <ActionBarSpacer />
          <CompetitionActionBar>
            {c?.status === 'draft' ? (
              <View className='competition-edit__buttons'>
                <DraftAndSubmit
                  draft={{ id: 'save', className: BUTTON, text: '保存草稿', loading: form.saving, disabled: form.publishing, onClick: form.save }}
                  submit={{ id: 'publish', className: BUTTON, text: '发布', loading: form.publishing, disabled: form.saving, onClick: form.publish }}
                />
              </View>
            ) : (
              <Button id='save' type='primary' size='large' block loading={form.saving} onClick={form.save}>
                {c ? '保存修改' : '保存为草稿'}
              </Button>
            )}
          </CompetitionActionBar>
        </>
      )}

      <ReasonDialog
        visible={cancelOpen}
        title='取消竞赛'
        subject={c?.title}
        label='取消的原因（必填，报名的职工会看到）'
        confirmText='确定取消竞赛'
        quickReasons={CANCEL_REASONS}
        minLength={L.reason.min}
        maxLength={L.reason.max}
        busy={form.cancelling}
        onConfirm={(reason) => {
          void form.cancel(reason).then((ok) => ok && setCancelOpen(false))
        }}
        onCancel={() => setCancelOpen(false)}
      />
    </View>
  )
}

function EditExisting({ me, id }: { me: Me; id: string }) {
  const query = useCloudQuery('competition.detail', { competitionId: id })
  const data = query.data
  if (data && !data.canManage)
    return (
      <EmptyState
        mark='权'
        title='您不能修改这项竞赛'
        message='只有主办单位和它的上级工会可以修改。'
        actionText='查看竞赛页面'
        onAction={() => replace(COMPETITION_ROUTES.detail(id))}
      />
    )
  return (
    <Loaded state={query} data={data}>
      {(loaded) => <EditForm me={me} initial={loaded} />}
    </Loaded>
  )
}

export default function EditPage() {
  const params = useRouter().params
  const meState = useMe()
  const me = meState.me
  if (me && unitsWithRole(me, CHAIR_ROLES).length === 0)
    return (
      <EmptyState mark='权' title='只有工会主席可以组织竞赛' message='如需开通，请联系上级工会。' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
    )
  if (me && params.id) return <EditExisting me={me} id={params.id} />
  return (
    <Loaded state={meState} data={me}>
      {(user) => <EditForm me={user} unitId={params.unitId} />}
    </Loaded>
  )
}
