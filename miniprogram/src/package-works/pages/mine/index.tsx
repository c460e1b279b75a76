import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { MyWork } from '@contract/entities/works'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import WorkStatus from '../../../features/works/components/work-status'
import WorkSteps from '../../../features/works/components/work-steps'
import { useMe } from '../../../hooks/use-me'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { open, profileUrl } from '../../../services/navigation'
import { CHAIR_ROLES, unitsWithRole } from '../../../features/org/staff'
import { formatDateTime } from '../../../utils/date'
import { WORK_ROUTES } from '../../../features/works/routes'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

const EDITABLE = ['draft', 'blocked', 'rejected']

function WorkRow({ work, onDelete, deleting }: { work: MyWork; onDelete: () => void; deleting: boolean }) {
  const [stepsOpen, setStepsOpen] = useState(false)
  const cover = work.images[0]?.thumbUrl
  const editable = EDITABLE.includes(work.status)
  return (
    <View className='my-work' id={`my-work-${work.id}`}>
      <View className='my-work__top'>
        {cover ? (
          <Image className='my-work__cover' src={cover} mode='aspectFill' />
        ) : (
          <View className='my-work__cover my-work__cover--none'>{work.category ?? '作品'}</View>
        )}
        <View className='my-work__body'>
          <Text className='my-work__title'>{work.title || '（还没有名称）'}</Text>
          <Text className='my-work__meta'>
            {work.category ?? '未选类别'} · {work.images.length} 张 · {formatDateTime(work.updatedAt)}
          </Text>
          {work.status === 'exhibited' && <Text className='my-work__likes'>♥ {work.likeCount} 人点赞</Text>}
        </View>
      </View>
      <View className='my-work__status'>
        <WorkStatus work={work} />
      </View>
      {stepsOpen && <WorkSteps steps={work.steps} />}
      <View className='my-work__actions'>
        {work.steps.length > 0 && (
          <Text className='my-work__link' onClick={() => setStepsOpen(!stepsOpen)}>
            {stepsOpen ? '收起进度' : '查看进度'}
          </Text>
        )}
        {editable && (
          <Text className='my-work__link my-work__link--danger' onClick={onDelete}>
            {deleting ? '删除中…' : '删除'}
          </Text>
        )}
        {editable && (
          <Button className='my-work__button' size='large' type='primary' onClick={() => void Taro.navigateTo({ url: WORK_ROUTES.submit({ id: work.id }) })}>
            {work.status === 'draft' ? '继续编辑' : '修改后重新提交'}
          </Button>
        )}
        {work.status === 'exhibited' && (
          <Button className='my-work__button' size='large' type='primary' onClick={() => void Taro.navigateTo({ url: WORK_ROUTES.detail(work.id) })}>
            查看展出
          </Button>
        )}
      </View>
    </View>
  )
}

/** For union chairs (who are workers too): their review pages, one tap away. */
function StaffLinks() {
  const { me } = useMe()
  const chair = unitsWithRole(me, CHAIR_ROLES).length > 0
  const city = Boolean(me?.roles.some((r) => r.role === 'city_admin'))
  if (!chair) return null
  return (
    <View className='my-works__staff'>
      <Text className='my-works__staff-link' id='go-review' onClick={() => void Taro.navigateTo({ url: WORK_ROUTES.review })}>
        作品审核 ›
      </Text>
      {city && (
        <Text className='my-works__staff-link' id='go-select' onClick={() => void Taro.navigateTo({ url: WORK_ROUTES.select })}>
          作品遴选 ›
        </Text>
      )}
    </View>
  )
}

/** 我的作品: every work with where it stands and why; drafts to continue; exhibited ones to share. */
export default function MyWorksPage() {
  const list = usePagedList('works.myWorks', {})
  const [deletingId, setDeletingId] = useState<string>()
  // Back from the form, or after the checks finished: show the news.
  usePageRefresh(list, { reloadOnShow: true })

  const remove = useSubmit(async (w: MyWork) => {
    const ok = await confirm({
      title: '删除作品',
      content: `确定删除「${w.title || '这件作品'}」吗？照片也会一起删除，不能恢复。`,
      confirmText: '删除',
      danger: true,
    })
    if (!ok) return
    setDeletingId(w.id)
    const res = await call('works.deleteDraft', { workId: w.id })
    setDeletingId(undefined)
    if (!res.ok) return toastError(res.error)
    list.setItems((items) => items.filter((x) => x.id !== w.id))
    toastDone('已删除')
  })

  const newWork = () => void Taro.navigateTo({ url: WORK_ROUTES.submit({ fresh: true }) })

  if (list.error?.code === 'AUTH.PROFILE_REQUIRED' && !list.loading) {
    // Someone new: works belong to a person in a unit, so name and unit come first (once).
    return (
      <View className='my-works'>
        <EmptyState
          mark='作'
          title='先填写姓名和单位'
          message='作品要由您所在单位的工会审核选送。填好资料后，就能上传作品、查看审核进度。'
          actionText='去填写'
          onAction={() => open(profileUrl(WORK_ROUTES.mine))}
        />
      </View>
    )
  }
  return (
    <ListBody
      list={list}
      empty={
        <View className='my-works'>
          <StaffLinks />
          <EmptyState
            mark='作'
            title='还没有作品'
            message='把您的书法、绘画、摄影、雕刻、湘绣作品拍下来上传，单位工会审核后选送，优秀作品在职工作品展展出。'
            actionText='上传作品'
            onAction={newWork}
          />
        </View>
      }
    >
      {(items) => (
        <View className='my-works' id='my-works'>
          <StaffLinks />
          <View className='my-works__head'>
            <Button id='new-work' className='my-works__new' type='primary' size='large' block onClick={newWork}>
              上传新作品
            </Button>
          </View>
          {items.map((w) => (
            <WorkRow key={w.id} work={w} deleting={deletingId === w.id} onDelete={() => void remove.run(w)} />
          ))}
        </View>
      )}
    </ListBody>
  )
}
