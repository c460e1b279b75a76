import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { Me } from '@contract/entities/people'
import { WORK_CATEGORIES } from '@contract/entities/works'
import { WORK_LIMITS } from '@contract/limits/works'
import Button from '../../../components/button'
import PendingJoinNotice from '../../../features/people/components/pending-join-notice'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { bind } from '../../../components/form-field/bind'
import FormError from '../../../components/form-field/form-error'
import ConsentPrompt from '../../../components/form-field/consent-prompt'
import { TextAreaField } from '../../../components/form-field/textarea-field'
import { TextField } from '../../../components/form-field/text-field'
import { DraftAndSubmit } from '../../../components/form-field/steps'
import { PageLoading } from '../../../components/page-state'
import PrivacySheet from '../../../features/people/components/privacy-sheet'
import ImagePicker from '../../../components/image-picker'
import WorkStatus from '../../../features/works/components/work-status'
import { usePrivacyGate } from '../../../features/people/hooks/use-privacy-gate'
import { useSubmit } from '../../../hooks/use-submit'
import { toastDone } from '../../../services/feedback'
import { hasProfile } from '../../../services/me'
import { joinUrl, open, profileUrl, replace, ROUTES } from '../../../services/navigation'
import { openPrivacyGuide } from '../../../features/people/privacy'
import { formatDateTime } from '../../../utils/date'
import { WORK_ROUTES } from '../../../features/works/routes'
import { useWorkForm } from '../../../features/works/hooks/use-work-form'
import WithMe from '../../../components/with-me'
import './index.scss'

const HERE = '/package-works/pages/submit/index'

const TITLE = { required: true, limit: WORK_LIMITS.title, hint: false as const, counter: 'work-submit__count', placeholder: '例如：行书《劳动最光荣》' }
const DESCRIPTION = {
  required: true,
  limit: WORK_LIMITS.description,
  hint: '说说创作的想法、用的材料，或照片拍在哪里',
  className: 'work-submit__textarea',
  counter: 'work-submit__count',
  placeholder: '写几句介绍，让大家更懂您的作品',
}

/** Name and unit are asked for at the first submission only, then remembered (the profile page). */
function ProfileGate({ me }: { me: Me }) {
  const needsProfile = !hasProfile(me)
  return (
    <View className='work-submit__gate' id='profile-gate'>
      <Text className='work-submit__gate-title'>{needsProfile ? '先填写姓名和单位' : '先加入您的单位'}</Text>
      <Text className='work-submit__gate-text'>
        作品要由您所在单位的工会审核选送，所以第一次投稿前需要{needsProfile ? '填写真实姓名，并选择单位' : '加入单位'}。只填一次，以后不用再填。
      </Text>
      <Button type='primary' size='large' block onClick={() => open(needsProfile ? profileUrl(HERE) : joinUrl({ redirect: HERE }))}>
        {needsProfile ? '去填写' : '去加入单位'}
      </Button>
    </View>
  )
}

function Form({ me, id, fresh }: { me: Me; id?: string; fresh: boolean }) {
  const form = useWorkForm(me, { id, fresh })
  const gate = usePrivacyGate(me)
  const submitting = useSubmit(async () => {
    const work = await form.submit()
    if (!work) return
    toastDone('已提交')
    replace(WORK_ROUTES.mine)
  })
  const drafting = useSubmit(async () => {
    if (await form.saveDraft()) toastDone('草稿已保存')
  })

  if (form.phase === 'loading') return <PageLoading hero={false} rows={4} />
  if (form.phase === 'locked' && form.locked) {
    return (
      <View className='work-submit zg-page'>
        <EmptyState
          mark='审'
          title='这件作品已经提交'
          message='审核期间不能修改。审核结果会在「我的作品」里告诉您。'
          actionText='查看我的作品'
          onAction={() => replace(WORK_ROUTES.mine)}
        />
        <View className='work-submit__locked'>
          <WorkStatus work={form.locked} />
        </View>
      </View>
    )
  }

  const v = form.values
  const cloudDir = `works/${me.id}/`
  return (
    <View className='work-submit zg-page'>
      <Text className='work-submit__lead'>拍好作品照片，写清名称和介绍。提交后先由系统检查，再由单位工会审核选送，入选的作品在职工作品展展出。</Text>

      <View className='work-submit__card'>
        <FormField label='作品类别' required error={form.errors.category}>
          <View className='work-submit__categories' id='work-category'>
            {WORK_CATEGORIES.map((c) => (
              <View
                key={c}
                id={`work-category-${c}`}
                className={`work-submit__category${v.category === c ? ' work-submit__category--on' : ''}`}
                role='radio'
                aria-checked={v.category === c}
                onClick={() => form.set('category', c)}
              >
                {c}
              </View>
            ))}
          </View>
        </FormField>

        <TextField id='work-title' label='作品名称' {...TITLE} {...bind(form, 'title')} />
        <TextAreaField id='work-description' label='作品介绍' {...DESCRIPTION} {...bind(form, 'description')} />

        <FormField
          label='作品照片'
          required
          error={form.errors.images}
          hint={`${WORK_LIMITS.images.min}–${WORK_LIMITS.images.max} 张，每张不超过 ${WORK_LIMITS.imageMaxMb}MB。第一张是封面，可以用“左移”“右移”调整顺序。`}
        >
          {gate.agreed ? (
            <ImagePicker
              cloudDir={cloudDir}
              max={WORK_LIMITS.images.max}
              maxSizeMb={WORK_LIMITS.imageMaxMb}
              value={v.images}
              onChange={(e) => form.onImages(e.detail)}
            />
          ) : (
            <ConsentPrompt className='work-submit__privacy' text='选择照片前，请先阅读并同意隐私保护指引。' onRead={gate.reopen} />
          )}
        </FormField>

        <View className='work-submit__author'>
          <Text className='work-submit__author-label'>作者</Text>
          <Text className='work-submit__author-name' id='work-author'>
            {me.realName} · {me.unit?.name}
          </Text>
        </View>
      </View>

      <FormError className='work-submit__error' id='form-error' message={form.formError} />
      <Text className='work-submit__saved' id='draft-state'>
        {form.saving ? '正在保存草稿…' : form.savedAt ? `草稿已自动保存 ${formatDateTime(form.savedAt)}` : '填写的内容会自动保存为草稿'}
      </Text>

      <View className='work-submit__actions'>
        <DraftAndSubmit
          draft={{
            id: 'save-draft',
            className: 'work-submit__draft',
            text: '存草稿',
            loading: drafting.busy,
            disabled: form.submitting,
            onClick: () => void drafting.run(),
          }}
          submit={{ id: 'submit-work', className: 'work-submit__submit', text: '提交作品', loading: form.submitting, onClick: () => void submitting.run() }}
        />
      </View>

      <PrivacySheet visible={gate.sheetVisible} busy={gate.agreeing} onAgree={gate.agree} onDecline={gate.decline} onOpenGuide={openPrivacyGuide} />
    </View>
  )
}

export default function SubmitWorkPage() {
  const { params } = useRouter()
  return (
    <WithMe skeleton={{ hero: false, rows: 4 }}>
      {(me) =>
        me.profileComplete ? (
          <Form me={me} id={params.id} fresh={params.new === '1'} />
        ) : me.pendingJoin ? (
          <PendingJoinNotice pending={me.pendingJoin} onOpen={() => open(ROUTES.me)} />
        ) : (
          <View className='work-submit zg-page'>
            <ProfileGate me={me} />
          </View>
        )
      }
    </WithMe>
  )
}
