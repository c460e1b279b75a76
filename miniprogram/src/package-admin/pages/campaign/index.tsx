import { Input, Picker, Text, View } from '@tarojs/components'
import type { CampaignHome } from '@contract/entities/campaign'
import { CAMPAIGN_LIMITS } from '@contract/limits/campaign'
import { digits } from '@contract/limits'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { Loaded, PageLoading } from '../../../components/page-state'
import { useCampaignForm, type CampaignValues } from '../../../features/campaign/hooks/use-campaign-form'
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

function CampaignForm({ home }: { home: CampaignHome }) {
  const form = useCampaignForm(home)
  const v = form.values
  if (!v) return <PageLoading hero={false} />
  return (
    <View className='campaign-settings zg-page'>
      <View className='campaign-settings__card'>
        <FormField label='活动名称' required error={form.errors.title}>
          <Input
            id='campaign-title'
            className='form-field__input'
            value={v.title}
            maxlength={CAMPAIGN_LIMITS.title.max}
            onInput={(e) => form.set('title', e.detail.value)}
          />
        </FormField>
        {DATES.map((d) => (
          <FormField key={d.key} label={d.label} required hint={d.hint} error={form.errors[d.key]}>
            <Picker mode='date' value={v[d.key]} onChange={(e) => form.set(d.key, e.detail.value as CampaignValues[DateKey])}>
              <View className='campaign-settings__date' id={`date-${d.key}`}>
                <Text>{v[d.key] || '请选择'}</Text>
                <Text className='campaign-settings__date-change'>修改</Text>
              </View>
            </Picker>
          </FormField>
        ))}
      </View>

      <Text className='campaign-settings__section'>目标（三百、三千、三万）</Text>
      <View className='campaign-settings__card'>
        {home.targets.map((t) => (
          <FormField key={t.key} label={t.label} required error={form.errors[`goals.${t.key}`] || undefined} hint={`目前已完成 ${t.count} ${t.unit}`}>
            <View className='campaign-settings__goal'>
              <Input
                id={`goal-${t.key}`}
                className='form-field__input campaign-settings__goal-input'
                type='number'
                value={v.goals[t.key] ?? ''}
                maxlength={digits(CAMPAIGN_LIMITS.goal)}
                onInput={(e) => form.setGoal(t.key, e.detail.value)}
              />
              <Text className='campaign-settings__goal-unit'>{t.unit}</Text>
            </View>
          </FormField>
        ))}
      </View>

      {form.formError && (
        <View className='campaign-settings__error' role='alert'>
          {form.formError}
        </View>
      )}
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
