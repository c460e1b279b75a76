import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReviewIdea, SimilarIdea } from '@contract/entities/ideas'
import { IDEA_LIMITS } from '@contract/limits/ideas'
import QueryPage from '../../../components/query-page'
import Button from '../../../components/button'
import IdeaBody from '../../../features/ideas/components/idea-body'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { DecisionDialog } from '../../../components/decision-bar'
import { useDecisions } from '../../../hooks/use-decisions'
import { call } from '../../../services/cloud'
import { announceDecided } from '../../../services/decisions'
import { formatDateTime } from '../../../utils/date'
import '../../../features/ideas/pages.scss'

type Decision = 'return' | 'reject'

const QUICK: Record<Decision, string[]> = {
  return: ['请写清楚具体怎么做', '请补充预计能节约多少', '请补充现场照片'],
  reject: ['不属于合理化建议范围', '本单位已经在实施'],
}

function Review({ idea, reload }: { idea: ReviewIdea; reload: () => Promise<void> }) {
  // Marking a duplicate is a refusal on the idea it repeats: that one is the decision's subject.
  const duplicateOf = (items: Array<{ id: string; title: string }>) => (items[0].id === idea.id ? undefined : items[0])
  const decide = async (decision: 'forward' | Decision, reason: string, dup?: { id: string }) => {
    const res = await call('ideas.decide', { ideaId: idea.id, decision, reason, ...(dup ? { duplicateOf: dup.id } : {}) })
    if (!res.ok) return { decided: [], error: res.error }
    // The queue this was opened from (and any other list showing it) shows the new state at once.
    announceDecided({ kind: 'idea', id: idea.id, status: res.data.status })
    return { decided: [idea.id] }
  }
  const subject = () => idea.title
  const d = useDecisions<{ id: string; title: string }, 'forward' | Decision>(
    { items: [idea] },
    {
      forward: {
        confirm: () => ({ title: '转送评审', content: '审核通过，转送市总工会安排专家评审？', confirmText: '转送' }),
        send: (_, reason) => decide('forward', reason),
        done: () => '已转送评审',
      },
      return: {
        reason: {
          title: '退回修改',
          label: '请作者怎么改（必填，作者会看到）',
          confirmText: '确定退回',
          quick: QUICK.return,
          limit: IDEA_LIMITS.reason,
          subject,
        },
        send: (_, reason) => decide('return', reason),
        done: () => '已退回修改',
      },
      reject: {
        reason: {
          title: (items) => (duplicateOf(items) ? '标为重复，不通过' : '不通过'),
          quick: (items) => (duplicateOf(items) ? [`与「${items[0].title}」重复`] : QUICK.reject),
          limit: IDEA_LIMITS.reason,
          subject,
        },
        send: (items, reason) => decide('reject', reason, duplicateOf(items)),
        done: () => '已标为不通过',
      },
    },
    {
      onDecided: () => {
        void reload().then(() => {
          if (Taro.getCurrentPages().length > 1) setTimeout(() => void Taro.navigateBack(), 800)
        })
      },
    },
  )
  const refuse = (dup?: SimilarIdea) => d.start('reject', [dup ?? idea])
  const people = [idea.author.realName + (idea.author.job ? `（${idea.author.job}）` : ''), ...idea.coAuthors.map((c) => c.realName)].join('、')
  return (
    <View className='ideas-page' id='review-idea'>
      <View className='ideas-card'>
        <View className='ideas-row__top'>
          <View className='ideas-tags'>
            <Text className='ideas-tag'>{idea.type}</Text>
            {idea.rounds > 1 && <Text className='ideas-tag'>第 {idea.rounds} 次提交</Text>}
          </View>
          <IdeaStatusTag status={idea.status} />
        </View>
        <Text className='ideas-title'>{idea.title}</Text>
        <Text className='ideas-meta'>
          {people} · {idea.unit.name}
        </Text>
        <Text className='ideas-meta'>{formatDateTime(idea.submittedAt)} 提交</Text>
        <IdeaBody idea={idea} imageUrls={idea.imageUrls} />
        {idea.imagesChecking > 0 && <Text className='ideas-meta'>另有 {idea.imagesChecking} 张图片正在做安全检查，通过后显示。</Text>}
        {idea.reason && <Text className='ideas-meta'>上次意见：{idea.reason}</Text>}
      </View>
      <IdeaSimilar
        items={idea.similar}
        title='相似的建议'
        hint={idea.canDecide ? '如果说的是同一件事，可以标为重复，不再重复评审。' : undefined}
        action={idea.canDecide ? { text: '标为重复', onClick: (s) => refuse(s) } : undefined}
      />
      {idea.canDecide && (
        <View className='ideas-actions'>
          <Button id='reject-idea' size='large' type='danger' fill='outline' disabled={d.busy} onClick={() => refuse()}>
            不通过
          </Button>
          <Button id='return-idea' size='large' disabled={d.busy} onClick={() => d.start('return', [idea])}>
            退回修改
          </Button>
          <Button id='forward-idea' type='primary' size='large' loading={d.busy} onClick={() => d.start('forward', [idea])}>
            转送评审
          </Button>
        </View>
      )}
      <DecisionDialog flow={d} />
    </View>
  )
}

export default function ReviewIdeaPage() {
  return (
    <QueryPage action='ideas.reviewDetail' input={(p) => ({ ideaId: p.id ?? '' })}>
      {(idea, q) => <Review idea={idea} reload={q.reload} />}
    </QueryPage>
  )
}
