import { Input, Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { Me } from '@contract/entities/people'
import { IDEA_TYPES, IDEA_STATUS_LABELS } from '@contract/entities/ideas'
import { IDEA_LIMITS as L } from '@contract/limits/ideas'
import { digits } from '@contract/limits'
import Button from '../../../components/button'
import PendingJoinNotice from '../../../features/people/components/pending-join-notice'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import IdeaImages from '../../../features/ideas/components/idea-images'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import { Loaded, PageError, PageLoading } from '../../../components/page-state'
import { useMe } from '../../../hooks/use-me'
import { toastDone } from '../../../services/feedback'
import { open, profileUrl, replace, ROUTES } from '../../../services/navigation'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import { useIdeaForm } from '../../../features/ideas/hooks/use-idea-form'
import CoAuthors from './coauthors'
import '../../../features/ideas/pages.scss'

function Counter({ text, max }: { text: string; max: number }) {
  return (
    <Text className='ideas-count'>
      {Array.from(text).length}/{max}
    </Text>
  )
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
        <FormField label='标题' required error={f.errors.title} hint={L.title.hint}>
          <Input
            id='idea-title'
            className='form-field__input'
            value={v.title}
            maxlength={L.title.max}
            placeholder='例如：空压机余热给浴室供热水'
            onInput={(e) => f.set('title', e.detail.value)}
          />
        </FormField>
        <FormField label='存在的问题' required error={f.errors.problem} hint='现在哪里不方便、浪费或不安全'>
          <Textarea
            id='idea-problem'
            className='ideas-textarea'
            value={v.problem}
            maxlength={L.problem.max}
            autoHeight
            placeholder='例如：空压机的热量白白排掉，浴室却用电烧水'
            onInput={(e) => f.set('problem', e.detail.value)}
          />
          <Counter text={v.problem} max={L.problem.max} />
        </FormField>
        <IdeaSimilar items={f.similar} loading={f.looking} title='已经有人提过类似的建议' hint='看看是不是同一件事。如果您的办法不一样，可以继续提交。' />
        <FormField label='改进办法' required error={f.errors.proposal} hint='打算怎么做，需要什么条件'>
          <Textarea
            id='idea-proposal'
            className='ideas-textarea'
            value={v.proposal}
            maxlength={L.proposal.max}
            autoHeight
            placeholder='例如：加装换热器，把余热用来加热洗澡水'
            onInput={(e) => f.set('proposal', e.detail.value)}
          />
          <Counter text={v.proposal} max={L.proposal.max} />
        </FormField>
        <FormField label='预期效益' required error={f.errors.benefit} hint='能省多少、快多少、安全在哪里'>
          <Textarea
            id='idea-benefit'
            className='ideas-textarea'
            value={v.benefit}
            maxlength={L.benefit.max}
            autoHeight
            placeholder='例如：每年节约电费约八万元'
            onInput={(e) => f.set('benefit', e.detail.value)}
          />
        </FormField>
        <FormField label='预计每年节约（元）' error={f.errors.savings} hint={L.savingsYuan.hint}>
          <Input
            id='idea-savings'
            className='form-field__input'
            type='number'
            value={v.savings}
            maxlength={digits(L.savingsYuan)}
            placeholder='例如：80000'
            onInput={(e) => f.set('savings', e.detail.value)}
          />
        </FormField>
        <FormField label='图片' error={f.errors.images} hint={L.images.hint}>
          <IdeaImages userId={me.id} value={v.images} onChange={f.setImages} />
        </FormField>
        <FormField label='合作者' error={f.errors.coAuthors} hint={L.coAuthors.hint}>
          <CoAuthors value={v.coAuthors} onChange={(c) => f.set('coAuthors', c)} />
        </FormField>
      </View>

      {f.formError && (
        <View className='ideas-error' role='alert'>
          {f.formError}
        </View>
      )}

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
