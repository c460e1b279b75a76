import { Text, View } from '@tarojs/components'
import type { MyWork, WorkStatus as Status } from '@contract/entities/works'
import StatusTag, { type StatusTone } from '../../../../components/status-tag'
import './index.scss'

/** What a work's status means for its author, in one tag and one plain sentence. */
export function describeWork(w: Pick<MyWork, 'status' | 'stage' | 'reason'>): { tone: StatusTone; label: string; line: string } {
  const table: Record<Status, () => { tone: StatusTone; label: string; line: string }> = {
    draft: () => ({ tone: 'muted', label: '草稿', line: '还没有提交，可以继续修改' }),
    blocked: () => ({ tone: 'rejected', label: '未通过检查', line: w.reason }),
    reviewing: () => {
      const stage = w.stage
      if (!stage) return { tone: 'pending', label: '审核中', line: '等待工会审核' }
      if (stage.unit.type === 'city') return { tone: 'pending', label: '待遴选', line: '已报送市总工会，等待入选作品展' }
      if (stage.passes === 0) return { tone: 'pending', label: '待审核', line: `等待「${stage.unit.name}」审核` }
      return { tone: 'pending', label: '已选送', line: `单位已选送，等待「${stage.unit.name}」审核` }
    },
    rejected: () => ({ tone: 'rejected', label: '未通过', line: w.reason }),
    exhibited: () => ({ tone: 'approved', label: '已入展', line: '已在职工作品展展出，快分享给工友吧' }),
  }
  return table[w.status]()
}

export default function WorkStatus({ work }: { work: Pick<MyWork, 'status' | 'stage' | 'reason'> }) {
  const d = describeWork(work)
  const problem = work.status === 'blocked' || work.status === 'rejected'
  return (
    <View className='work-status'>
      <StatusTag tone={d.tone}>{d.label}</StatusTag>
      {d.line && <Text className={`work-status__line${problem ? ' work-status__line--problem' : ''}`}>{problem ? `原因：${d.line}` : d.line}</Text>}
    </View>
  )
}
