import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { Me } from '@contract/entities/people'
import { IDEA_TYPES, IDEA_STATUS_LABELS } from '@contract/entities/ideas'
import { IDEA_LIMITS as L } from '@contract/limits/ideas'
import Button from '../../../components/button'
import PendingJoinNotice from '../../../features/people/components/pending-join-notice'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { bind, type FormState } from '../../../components/form-field/bind'
import FormError from '../../../components/form-field/form-error'
import { NumberField } from '../../../components/form-field/number-field'
import { TextAreaField } from '../../../components/form-field/textarea-field'
import { TextField } from '../../../components/form-field/text-field'
import IdeaImages from '../../../features/ideas/components/idea-images'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import { Loaded, PageError, PageLoading } from '../../../components/page-state'
import { useMe } from '../../../hooks/use-me'
import { toastDone } from '../../../services/feedback'
import { open, profileUrl, replace, ROUTES } from '../../../services/navigation'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import { useIdeaForm, type IdeaFormValues } from '../../../features/ideas/hooks/use-idea-form'
import CoAuthors from './coauthors'
import '../../../features/ideas/pages.scss'

/** The long answers: each grows with its text; the first two count it against their limit. */
const LONG = {
  problem: { label: '存在的问题', hint: '现在哪里不方便、浪费或不安全', placeholder: '例如：空压机的热量白白排掉，浴室却用电烧水', counter: 'ideas-count' },
  proposal: { label: '改进办法', hint: '打算怎么做，需要什么条件', placeholder: '例如：加装换热器，把余热用来加热洗澡水', counter: 'ideas-count' },
  benefit: { label: '预期效益', hint: '能省多少、快多少、安全在哪里', placeholder: '例如：每年节约电费约八万元', counter: undefined },
}

function LongAnswer({ f, name }: { f: FormState<IdeaFormValues>; name: keyof typeof LONG }) {
  return <TextAreaField id={`idea-${name}`} required className='ideas-textarea' autoHeight limit={L[name]} {...LONG[name]} {...bind(f, name)} />
}

function IdeaForm({ me, id }: { me: Me; id: string | undefined }) {
  const f = useIdeaForm(id)
  const v = f.values
  if (!f.ready) return <PageLoading hero={false} rows={5} />
  if (f.loadError) return <PageError error={f.loadError} onRetry={() => replace(IDEA_ROUTES.submit(id))} />
  if (f.loaded && !f.loaded.canEdit) {
    return (
      <EmptyState
        mark='审'
        title={`这条建议${IDEA_STATUS_LABELS[f.loaded.status]}`}
        message='已经交给工会的建议不能再修改。被退回修改时，可以在这里改好后重新提交。'
        actionText='查看这条建议'
        onAction={() => replace(IDEA_ROUTES.mineDetail(f.loaded!.id))}
      />
    )
  }

  const submit = async () => {
    const done = await f.submit()
    if (!done) return
    toastDone('已提交')
    replace(IDEA_ROUTES.mineDetail(done.id))
  }
  const save = async () => {
    if (await f.saveDraft()) toastDone('草稿已保存')
  }

  return (
    <View className='ideas-page idea-submit'>
      {f.loaded?.status === 'returned' && (
        <View className='ideas-banner ideas-banner--danger' id='return-reason'>
          <Text className='ideas-banner__title'>单位工会退回修改：</Text>
          <Text>{f.loaded.reason}</Text>
        </View>
      )}
      {f.restored && (
        <View className='ideas-banner'>
          <Text>已为您恢复上次没写完的内容。</Text>
          {!f.loaded && (
            <Text className='ideas-banner__link' onClick={f.startOver}>
              清空，重新写
            </Text>
          )}
        </View>
      )}
      {!f.loaded && !f.restored && (
        <Text className='ideas-lead'>把您在工作中发现的问题和改进办法写下来，单位工会审核后交给专家评审。写到一半离开也不会丢。</Text>
      )}

      <View className='ideas-card'>
        <FormField label='类别' required error={f.errors.type}>
          <View className='ideas-chips' id='idea-type'>
            {IDEA_TYPES.map((t) => (
              <Text key={t} className={`ideas-chip${v.type === t ? ' ideas-chip--on' : ''}`} onClick={() => f.set('type', t)}>
                {t}
              </Text>
            ))}
          </View>
        </FormField>
        <TextField id='idea-title' label='标题' required limit={L.title} placeholder='例如：空压机余热给浴室供热水' {...bind(f, 'title')} />
        <LongAnswer f={f} name='problem' />
        <IdeaSimilar items={f.similar} loading={f.looking} title='已经有人提过类似的建议' hint='看看是不是同一件事。如果您的办法不一样，可以继续提交。' />
        <LongAnswer f={f} name='proposal' />
        <LongAnswer f={f} name='benefit' />
        <NumberField id='idea-savings' label='预计每年节约（元）' limit={L.savingsYuan} placeholder='例如：80000' {...bind(f, 'savings')} />
        <FormField label='图片' error={f.errors.images} hint={L.images.hint}>
          <IdeaImages userId={me.id} value={v.images} onChange={f.setImages} />
        </FormField>
        <FormField label='合作者' error={f.errors.coAuthors} hint={L.coAuthors.hint}>
          <CoAuthors value={v.coAuthors} onChange={(c) => f.set('coAuthors', c)} />
        </FormField>
      </View>

      <FormError className='ideas-error' message={f.formError} />

      <View className='ideas-actions'>
        <Button id='save-draft' size='large' loading={f.saving} disabled={f.submitting || f.loaded?.status === 'returned'} onClick={() => void save()}>
          存草稿
        </Button>
        <Button id='submit-idea' type='primary' size='large' loading={f.submitting} disabled={f.saving || f.imagesBusy} onClick={() => void submit()}>
          {f.loaded?.status === 'returned' ? '改好了，重新提交' : '提交给单位工会'}
        </Button>
      </View>
    </View>
  )
}

export default function SubmitIdeaPage() {
  const { params } = useRouter()
  const id = params.id || undefined
  const meState = useMe()
  const me = meState.me
  if (me?.pendingJoin && !me.profileComplete) return <PendingJoinNotice pending={me.pendingJoin} onOpen={() => open(ROUTES.me)} />
  if (me && !me.profileComplete) {
    // The first submission asks for name and unit, once, then comes back here.
    return (
      <EmptyState
        mark='资'
        title='先完善个人资料'
        message='提金点子要写明您的真实姓名和所在单位，单位工会才能审核。填好后会回到这里。'
        actionText='去完善资料'
        onAction={() => open(profileUrl(IDEA_ROUTES.submit(id)))}
      />
    )
  }
  return (
    <Loaded state={meState} data={me} skeleton={{ hero: false, rows: 5 }}>
      {(user) => <IdeaForm me={user} id={id} />}
    </Loaded>
  )
}
