import { Text, View } from '@tarojs/components'
import type { CampaignHome } from '@contract/entities/campaign'
import { CAMPAIGN_LIMITS } from '@contract/limits/campaign'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { bind } from '../../../components/form-field/bind'
import { DateField } from '../../../components/form-field/date-field'
import FormError from '../../../components/form-field/form-error'
import { NumberField } from '../../../components/form-field/number-field'
import { TextField } from '../../../components/form-field/text-field'
import { Loaded, PageLoading } from '../../../components/page-state'
import { useCampaignForm } from '../../../features/campaign/hooks/use-campaign-form'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useMe } from '../../../hooks/use-me'
import { replace, ROUTES } from '../../../services/navigation'
import { unitsWithRole } from '../../../features/org/staff'
import './index.scss'

type DateKey = 'start' | 'end' | 'summaryDue'
const DATES: Array<{ key: DateKey; label: string; hint: string }> = [
  { key: 'start', label: '开始日期', hint: '这一天 0 点开始' },
  { key: 'end', label: '结束日期', hint: '这一天 24 点结束，之后不能再报名和提交' },
  { key: 'summaryDue', label: '总结截止日期', hint: '各单位提交活动总结的最后一天' },
]

const DATE_ROW = { className: 'campaign-settings__date', empty: '请选择', mark: '修改', markClass: 'campaign-settings__date-change' }
const GOAL_ROW = { row: 'campaign-settings__goal', input: 'campaign-settings__goal-input', unit: 'campaign-settings__goal-unit' }

function CampaignForm({ home }: { home: CampaignHome }) {
  const form = useCampaignForm(home)
  const v = form.values
  if (!v) return <PageLoading hero={false} />
  const fields = { ...form, values: v }
  return (
    <View className='campaign-settings zg-page'>
      <View className='campaign-settings__card'>
        <TextField id='campaign-title' label='活动名称' required limit={CAMPAIGN_LIMITS.title} hint={false} {...bind(fields, 'title')} />
        {DATES.map((d) => (
          <DateField key={d.key} id={`date-${d.key}`} label={d.label} required hint={d.hint} {...DATE_ROW} {...bind(fields, d.key)} />
        ))}
      </View>

      <Text className='campaign-settings__section'>目标（三百、三千、三万）</Text>
      <View className='campaign-settings__card'>
        {home.targets.map((t) => (
          <NumberField
            key={t.key}
            id={`goal-${t.key}`}
            label={t.label}
            required
            limit={CAMPAIGN_LIMITS.goal}
            hint={`目前已完成 ${t.count} ${t.unit}`}
            unit={{ ...GOAL_ROW, text: t.unit }}
            value={v.goals[t.key] ?? ''}
            error={form.errors[`goals.${t.key}`] || undefined}
            onChange={(value) => form.setGoal(t.key, value)}
          />
        ))}
      </View>

      <FormError className='campaign-settings__error' message={form.formError} />
      <View className='campaign-settings__actions'>
        <Button id='save-campaign' type='primary' size='large' block loading={form.saving} onClick={form.save}>
          保存设置
        </Button>
      </View>
    </View>
  )
}

function Settings() {
  const query = useCloudQuery('campaign.home', {})
  const data = query.data
  return (
    <Loaded state={query} data={data}>
      {(loaded) => <CampaignForm key={loaded.id} home={loaded} />}
    </Loaded>
  )
}

export default function CampaignSettingsPage() {
  const meState = useMe()
  const me = meState.me
  if (me && unitsWithRole(me, ['city_admin']).length === 0)
    return <EmptyState mark='权' title='只有市总工会管理员可以修改活动设置' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  return (
    <Loaded state={meState} data={me}>
      {() => <Settings />}
    </Loaded>
  )
}
