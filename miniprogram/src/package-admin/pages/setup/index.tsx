// Day one: claim the empty environment with the deployer's setup code; afterwards, for the city
// union's admins, the steps that follow (import the tree, invite the chairs, set the campaign).
import { Input, Text, View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import { ORG_LIMITS } from '@contract/limits/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { PageError, PageLoading } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useMe } from '../../../hooks/use-me'
import { open, ROUTES } from '../../../services/navigation'
import NameFields from '../../../features/setup/components/name-fields'
import { useCampaignStep } from '../../../features/setup/hooks/use-campaign-step'
import { useClaim } from '../../../features/setup/hooks/use-claim'
import { SETUP_ROUTES } from '../../../features/setup/routes'
import { SETUP_TEXT } from '../../../features/setup/wording'
import '../../../features/setup/components/setup.scss'

function ClaimForm({ me, onClaimed }: { me: Me; onClaimed: () => void }) {
  const form = useClaim(me, onClaimed)
  return (
    <View className='setup-page'>
      <View className='setup-card'>
        <Text className='setup-card__title'>{SETUP_TEXT.claimTitle}</Text>
        <Text className='setup-card__text'>{SETUP_TEXT.claimIntro}</Text>
        <NameFields me={me} values={form.names.values} onChange={form.names.setValues} />
        <FormField label={SETUP_TEXT.codeLabel} required>
          <Input
            id='setup-code'
            className='form-field__input'
            value={form.code}
            password
            maxlength={ORG_LIMITS.setupCode.max}
            onInput={(e) => form.setCode(e.detail.value)}
          />
        </FormField>
        <FormField label={SETUP_TEXT.cityLabel} required hint={SETUP_TEXT.cityHint}>
          <Input
            id='setup-city'
            className='form-field__input'
            value={form.cityName}
            maxlength={ORG_LIMITS.unitName.max}
            onInput={(e) => form.setCityName(e.detail.value)}
          />
        </FormField>
        {form.error && (
          <View className='setup-error' role='alert' id='setup-error'>
            {form.error.message}
          </View>
        )}
        <View className='setup-card__actions'>
          <Button id='setup-claim' type='primary' size='large' block loading={form.busy} onClick={form.claim}>
            {SETUP_TEXT.claimButton}
          </Button>
        </View>
      </View>
    </View>
  )
}

function Wizard() {
  const campaign = useCampaignStep()
  const go: Record<string, (() => void) | undefined> = {
    import: () => open(SETUP_ROUTES.import),
    invite: () => open(SETUP_ROUTES.chairInvites),
    campaign: campaign.run,
  }
  return (
    <View className='setup-page' id='setup-wizard'>
      <View className='setup-card'>
        <Text className='setup-card__title'>{SETUP_TEXT.wizardTitle}</Text>
        {SETUP_TEXT.steps.map((s, i) => (
          <View className='setup-step' key={s.key} id={`setup-step-${s.key}`} onClick={go[s.key]}>
            <Text className={`setup-step__no${s.key === 'city' ? ' setup-step__no--done' : ''}`}>{s.key === 'city' ? '✓' : i + 1}</Text>
            <View className='setup-step__body'>
              <Text className='setup-step__title'>{s.title}</Text>
              <Text className='setup-step__text'>{s.text}</Text>
            </View>
            {go[s.key] && <Text className='setup-step__go'>去完成 ›</Text>}
          </View>
        ))}
      </View>
    </View>
  )
}

export default function SetupPage() {
  const { me, error, loading, reload } = useMe()
  const status = useCloudQuery('org.setupStatus', {})
  if (error && !loading) return <PageError error={error} onRetry={() => void reload()} />
  if (status.error && !status.loading) return <PageError error={status.error} onRetry={() => void status.reload()} />
  if (!me || !status.data) return <PageLoading hero={false} />
  if (status.data.needsSetup) return <ClaimForm me={me} onClaimed={() => void status.reload()} />
  if (me.roles.some((r) => r.role === 'city_admin')) return <Wizard />
  return <EmptyState mark='✓' title={SETUP_TEXT.doneTitle} message={SETUP_TEXT.doneText} actionText='返回我的' onAction={() => open(ROUTES.me)} />
}
