import { Button as TaroButton, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { Me } from '@contract/entities/people'
import { PEOPLE_LIMITS as L } from '@contract/limits/people'
import Button from '../../components/button'
import { bind } from '../../components/form-field/bind'
import ConsentPrompt from '../../components/form-field/consent-prompt'
import FormError from '../../components/form-field/form-error'
import { TextField } from '../../components/form-field/text-field'
import PrivacySheet from '../../features/people/components/privacy-sheet'
import UserAvatar from '../../components/user-avatar'
import { usePrivacyGate } from '../../features/people/hooks/use-privacy-gate'
import { useProfileForm } from '../../features/people/hooks/use-profile-form'
import { toastDone } from '../../services/feedback'
import { joinUrl, replace, ROUTES, safeRedirect } from '../../services/navigation'
import { openPrivacyGuide } from '../../features/people/privacy'
import WithMe from '../../components/with-me'
import './index.scss'

/** After saving: no unit yet → the join page (carrying the way back); else back where they came from. */
function leave(me: Me, redirect: string | undefined) {
  const toJoin = redirect?.startsWith(ROUTES.join)
  if (!me.unit && !me.pendingJoin && !toJoin) return replace(joinUrl({ redirect }))
  if (redirect) return replace(redirect)
  if (Taro.getCurrentPages().length > 1) return void Taro.navigateBack()
  replace(ROUTES.me)
}

function AvatarPicker({ url, name, uploading, onPicked }: { url: string | null; name: string; uploading: boolean; onPicked: (path: string) => void }) {
  const face = (
    <View className='profile__avatar-face'>
      <UserAvatar url={url} name={name} size='l' />
      <Text className='profile__avatar-hint'>{uploading ? '正在上传…' : '点击更换头像'}</Text>
    </View>
  )
  // weapp: WeChat's own avatar chooser (the photo library and the WeChat avatar, behind its privacy
  // gate). https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/userProfile.html
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <TaroButton className='profile__avatar' openType='chooseAvatar' onChooseAvatar={(e) => onPicked((e.detail as { avatarUrl: string }).avatarUrl)}>
        {face}
      </TaroButton>
    )
  }
  return (
    <View
      className='profile__avatar'
      id='avatar-picker'
      onClick={() => {
        Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
          .then((res) => onPicked(res.tempFilePaths[0]))
          .catch(() => undefined) // closed without choosing
      }}
    >
      {face}
    </View>
  )
}

/** WeChat's nickname keyboard offers the WeChat nickname. */
const NICKNAME = { type: 'nickname' as const, hint: '可以直接用微信昵称', placeholder: '点此填写昵称' }

function ProfileForm({ me, redirect }: { me: Me; redirect: string | undefined }) {
  const gate = usePrivacyGate(me)
  const form = useProfileForm(me)
  const submit = async () => {
    const saved = await form.save()
    if (!saved) return
    toastDone('已保存')
    leave(saved, redirect)
  }

  return (
    <View className='profile zg-page'>
      <Text className='profile__lead'>{me.unit ? '资料会显示给您所在单位的工会。' : '第一次参加活动，请先填写资料。填好后选择您所在的单位。'}</Text>

      {gate.agreed ? (
        <View className='profile__card'>
          <AvatarPicker
            url={form.avatarPreview}
            name={form.values.realName || form.values.nickname}
            uploading={form.uploading}
            onPicked={(p) => void form.chooseAvatar(p)}
          />
          <TextField id='nickname' label='昵称' required limit={L.nickname} {...NICKNAME} {...bind(form, 'nickname')} />
          <TextField id='real-name' label='真实姓名' required limit={L.realName} placeholder='例如：张三' {...bind(form, 'realName')} />
          <TextField id='job' label='岗位' limit={L.job} hint={false} placeholder='例如：数控车工' {...bind(form, 'job')} />
          <TextField id='employee-no' label='工号' limit={L.employeeNo} hint={false} placeholder='没有可以不填' {...bind(form, 'employeeNo')} />
          {form.errors.avatarFileId && <Text className='profile__error'>{form.errors.avatarFileId}</Text>}
        </View>
      ) : (
        <ConsentPrompt
          className='profile__card profile__gate'
          textClass='profile__gate-text'
          text='填写资料前，请先阅读并同意《职工风采隐私保护指引》。'
          onRead={gate.reopen}
        />
      )}

      <FormError className='profile__error' message={form.formError} />

      {gate.agreed && (
        <View className='profile__actions'>
          <Button id='save-profile' type='primary' size='large' block loading={form.saving} disabled={form.uploading} onClick={() => void submit()}>
            {me.unit || me.pendingJoin ? '保存' : '保存，下一步'}
          </Button>
        </View>
      )}

      <PrivacySheet visible={gate.sheetVisible} busy={gate.agreeing} onAgree={gate.agree} onDecline={gate.decline} onOpenGuide={openPrivacyGuide} />
    </View>
  )
}

export default function ProfilePage() {
  const { params } = useRouter()
  const redirect = safeRedirect(params.redirect)
  return <WithMe skeleton={{ hero: false, rows: 4 }}>{(me) => <ProfileForm me={me} redirect={redirect} />}</WithMe>
}
