import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { STORY_STATUS_LABELS, type StoryStatus } from '@contract/entities/honours'
import type { Me } from '@contract/entities/people'
import { DecisionButtons, DecisionDialog } from '../../../components/decision-bar'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import WithMe from '../../../components/with-me'
import { unitsWithRole } from '../../../features/org/staff'
import { usePagedList } from '../../../hooks/use-paged-list'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { open } from '../../../services/navigation'
import { formatDateTime } from '../../../utils/date'
import { useReloadOnReturn } from '../../../features/honours/hooks/use-reload-on-return'
import { useStoryDecisions } from '../../../features/honours/hooks/use-story-decisions'
import { HONOUR_ROUTES } from '../../../features/honours/routes'
import '../../../features/honours/styles/honours.scss'

type Tab = 'workers' | StoryStatus
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'workers', label: '表彰人员' },
  { key: 'reviewing', label: STORY_STATUS_LABELS.reviewing },
  { key: 'draft', label: STORY_STATUS_LABELS.draft },
  { key: 'published', label: STORY_STATUS_LABELS.published },
]

/** The commended workers: write a story for one, or continue theirs. */
function Workers() {
  const list = usePagedList('honours.commended', {})
  usePageRefresh(list)
  useReloadOnReturn(list.reload)
  return (
    <ListBody list={list} empty={<EmptyState compact mark='表' title='还没有表彰人员' message='确认表彰后，可以为表彰的职工撰写风采故事。' />}>
      {(items) => (
        <View id='commended-list'>
          {items.map((w) => (
            <View key={w.nominationId} className='hon__card'>
              <View className='hon__row'>
                <Text className='hon__title'>{w.name}</Text>
                <Text className='hon__tag'>{w.story ? STORY_STATUS_LABELS[w.story.status] : '未撰写'}</Text>
              </View>
              <Text className='hon__muted'>
                {w.category} · {w.unitName}
              </Text>
              {w.certificate && (
                <Text className='hon__muted'>
                  证书 {w.certificate.number}
                  {w.certificate.status === 'revoked' ? '（已撤销）' : ''}
                </Text>
              )}
              {w.story?.status !== 'published' && w.story?.status !== 'reviewing' && (
                <View className='hon__button hon__button--plain' onClick={() => open(HONOUR_ROUTES.storyEdit(w.nominationId, w.story?.id))}>
                  {w.story ? '继续撰写' : '撰写故事'}
                </View>
              )}
            </View>
          ))}
        </View>
      )}
    </ListBody>
  )
}

function Stories({ status }: { status: StoryStatus }) {
  const list = usePagedList('honours.cityStories', { status })
  usePageRefresh(list)
  useReloadOnReturn(list.reload)
  const d = useStoryDecisions(list)
  return (
    <>
      <ListBody
        list={list}
        empty={<EmptyState compact mark='故' title={`没有${STORY_STATUS_LABELS[status]}的故事`} message='在「表彰人员」里为表彰的职工撰写故事。' />}
      >
        {(items) => (
          <View id='story-admin-list'>
            {items.map((s) => (
              <View key={s.id} className='hon__card'>
                <View className='hon__row'>
                  <Text className='hon__title'>{s.title}</Text>
                  <Text className='hon__tag'>{STORY_STATUS_LABELS[s.status]}</Text>
                </View>
                <Text className='hon__text'>{s.lead}</Text>
                {(s.imagesPending > 0 || s.imagesBlocked > 0) && (
                  <Text className='hon__muted'>
                    图片检测中 {s.imagesPending} 张{s.imagesBlocked ? `，未通过 ${s.imagesBlocked} 张` : ''}
                  </Text>
                )}
                {s.reason && s.status === 'draft' && <Text className='hon__muted'>退回原因：{s.reason}</Text>}
                <Text className='hon__muted'>更新于 {formatDateTime(s.updatedAt)}</Text>
                {s.status === 'reviewing' && (
                  <DecisionButtons
                    buttons={[
                      { text: '退回修改', danger: true, disabled: d.busy, onClick: () => d.start('back', [s]) },
                      { text: '发布', loading: d.busyId === s.id, disabled: d.busy, onClick: () => d.start('publish', [s]) },
                    ]}
                  />
                )}
                {s.status === 'draft' && (
                  <View className='hon__button hon__button--plain' onClick={() => open(HONOUR_ROUTES.storyEdit(s.nominationId, s.id))}>
                    继续撰写
                  </View>
                )}
                {s.status === 'published' && (
                  <View className='hon__button hon__button--plain' onClick={() => open(HONOUR_ROUTES.story(s.id))}>
                    查看
                  </View>
                )}
              </View>
            ))}
          </View>
        )}
      </ListBody>
      <DecisionDialog flow={d} />
    </>
  )
}

function Admin() {
  const [tab, setTab] = useState<Tab>('workers')
  return (
    <View className='hon'>
      <SegTabs<Tab> tabs={TABS} active={tab} onChange={setTab} />
      {tab === 'workers' ? <Workers /> : <Stories key={tab} status={tab} />}
    </View>
  )
}

/** 匠心筑梦编辑 (the city union): write, review and publish the stories of commended workers. */
export default function StoryAdminPage() {
  return (
    <WithMe>
      {(me: Me) =>
        unitsWithRole(me, ['city_admin']).length ? <Admin /> : <EmptyState mark='权' title='仅限市总工会使用' message='匠心筑梦由市总工会撰写和发布。' />
      }
    </WithMe>
  )
}
