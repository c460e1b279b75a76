import { Text, View } from '@tarojs/components'
import type { MyIdea } from '@contract/entities/ideas'
import IdeaTags from '../../../features/ideas/components/idea-tags'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { ListBody } from '../../../components/page-state'
import { usePagedList } from '../../../hooks/use-paged-list'
import { open } from '../../../services/navigation'
import { formatDateTime } from '../../../utils/date'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import '../../../features/ideas/pages.scss'
import { usePageRefresh } from '../../../hooks/use-page-refresh'

function Row({ idea }: { idea: MyIdea }) {
  const target = idea.isAuthor && (idea.status === 'draft' || idea.status === 'returned') ? IDEA_ROUTES.submit(idea.id) : IDEA_ROUTES.mineDetail(idea.id)
  return (
    <View className='ideas-row' hoverClass='ideas-row--pressed' onClick={() => open(target)}>
      <View className='ideas-row__top'>
        <Text className='ideas-row__title'>{idea.title}</Text>
        <IdeaStatusTag status={idea.status} />
      </View>
      <IdeaTags idea={idea} style={{ marginTop: '8px' }}>
        {!idea.isAuthor && <Text className='ideas-tag'>合作者</Text>}
      </IdeaTags>
      {idea.reason && (idea.status === 'returned' || idea.status === 'rejected' || idea.status === 'declined') && (
        <Text className='ideas-meta'>原因：{idea.reason}</Text>
      )}
      <Text className='ideas-meta'>
        {idea.status === 'draft' ? '草稿，' : ''}
        {formatDateTime(idea.updatedAt)} 更新
        {idea.status === 'returned' && idea.isAuthor ? ' · 点此修改后重新提交' : ''}
      </Text>
    </View>
  )
}

export default function MyIdeasPage() {
  const list = usePagedList('ideas.mine', {})
  // Back from writing or from a detail: statuses may have moved.
  usePageRefresh(list, { reloadOnShow: true })
  return (
    <View className='ideas-page' id='my-ideas'>
      <ListBody
        list={list}
        skeleton={{ hero: false, rows: 4 }}
        empty={
          <EmptyState
            mark='点'
            title='还没有金点子'
            message='工作中发现的问题、想到的好办法，都可以提。'
            actionText='写一条金点子'
            onAction={() => open(IDEA_ROUTES.submit())}
          />
        }
      >
        {(items) => (
          <>
            {items.map((i) => (
              <Row key={i.id} idea={i} />
            ))}
            <View className='ideas-actions'>
              <Button type='primary' size='large' onClick={() => open(IDEA_ROUTES.submit())}>
                再写一条
              </Button>
            </View>
          </>
        )}
      </ListBody>
    </View>
  )
}
