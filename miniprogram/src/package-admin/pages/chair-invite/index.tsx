// A chair's invitation: opened by scanning its mini-program code (scene = the code) or from 我的 with
// the code typed. The chair's name (behind the privacy consent) and the code, then accept.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import InviteCodeInput from '../../../features/people/components/invite-code-input'
import { PageError, PageLoading } from '../../../components/page-state'
import { useMe } from '../../../hooks/use-me'
import { codeFromScene } from '../../../features/org/invite-code'
import { open, ROUTES } from '../../../services/navigation'
import { useAcceptInvite } from '../../../features/setup/hooks/use-accept-invite'
import NameFields from '../../../features/setup/components/name-fields'
import { roleLabel, SETUP_TEXT } from '../../../features/setup/wording'
import '../../../features/setup/components/setup.scss'

function Accept({ me, initialCode }: { me: Me; initialCode: string }) {
  const a = useAcceptInvite(me, initialCode)
  if (a.accepted)
    return (
      <EmptyState
        mark='✓'
        title={`您已是${a.accepted.unitName}的${roleLabel(a.accepted.role)}`}
        message='在“我的 → 工会工作”中管理本单位'
        actionText='去我的'
        onAction={() => open(ROUTES.me)}
      />
    )
  return (
    <View className='setup-page'>
      <View className='setup-card'>
        <Text className='setup-card__title'>{SETUP_TEXT.acceptTitle}</Text>
        <Text className='setup-card__text'>{SETUP_TEXT.acceptIntro}</Text>
        <NameFields me={me} values={a.names.values} onChange={a.names.setValues} />
        <InviteCodeInput id='chair-code' value={a.code} onChange={a.setCode} />
        {a.error && (
          <View className='setup-error' role='alert' id='chair-error'>
            {a.error.message}
          </View>
        )}
        <View className='setup-card__actions'>
          <Button id='chair-accept' type='primary' size='large' block loading={a.busy} onClick={a.accept}>
            {SETUP_TEXT.acceptButton}
          </Button>
        </View>
      </View>
    </View>
  )
}

export default function ChairInvitePage() {
  const { params } = useRouter()
  const code = codeFromScene(params.scene ?? params.code)
  const { me, error, loading, reload } = useMe()
  if (me) return <Accept me={me} initialCode={code} />
  if (error && !loading) return <PageError error={error} onRetry={() => void reload()} />
  return <PageLoading hero={false} />
}
