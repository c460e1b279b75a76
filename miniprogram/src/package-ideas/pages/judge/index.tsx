import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { JudgeQueueItem } from '@contract/entities/ideas'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import { usePagedList } from '../../../hooks/use-paged-list'
import { open } from '../../../services/navigation'
import { formatDateTime } from '../../../utils/date'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import '../../../features/ideas/pages.scss'
import { usePageRefresh } from '../../../hooks/use-page-refresh'

type Tab = 'todo' | 'done'

/** A judge's list: the idea only. Who wrote it is not shown to judges anywhere (blind review). */
function Row({ item }: { item: JudgeQueueItem }) {
  return (
    <View className='ideas-row' hoverClass='ideas-row--pressed' onClick={() => open(IDEA_ROUTES.judgeDetail(item.id))}>
      <View className='ideas-row__top'>
        <Text className='ideas-row__title'>{item.title}</Text>
        {item.myTotal !== null && <Text className='ideas-tag ideas-tag--award'>{item.myTotal} 分</Text>}
      </View>
      <Text className='ideas-meta'>
        {item.type}
        {item.assignedAt ? ` · ${formatDateTime(item.assignedAt)} 分配` : ''}
      </Text>
      <Text className='ideas-meta'>{item.excerpt}</Text>
    </View>
  )
}

export default function JudgeQueuePage() {
  const [tab, setTab] = useState<Tab>('todo')
  const list = usePagedList('ideas.judgeQueue', { filter: tab })
  usePageRefresh(list, { reloadOnShow: true })
  return (
    <View className='ideas-page--flush' id='judge-queue'>
      <SegTabs<Tab>
        tabs={[
          { key: 'todo', label: '待评分' },
          { key: 'done', label: '已评分' },
        ]}
        active={tab}
        onChange={setTab}
      />
      <View className='ideas-page' style={{ minHeight: 'auto' }}>
        <Text className='ideas-lead'>匿名评审：只看建议本身，不显示作者和单位。每条只能打一次分。</Text>
        <ListBody
          list={list}
          empty={
            <EmptyState
              compact
              mark='评'
              title={tab === 'todo' ? '暂时没有要评的金点子' : '还没有评过分'}
              message={tab === 'todo' ? '市总工会把金点子分给您所在的评审组后，会出现在这里。' : undefined}
            />
          }
          item={(i) => <Row key={i.id} item={i} />}
        />
      </View>
    </View>
  )
}
