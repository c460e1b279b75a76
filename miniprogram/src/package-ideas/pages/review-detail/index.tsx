import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { ReviewIdea, SimilarIdea } from '@contract/entities/ideas'
import IdeaBody from '../../../features/ideas/components/idea-body'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { Loaded } from '../../../components/page-state'
import ReasonDialog from '../../../components/reason-dialog'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { formatDateTime } from '../../../utils/date'
import '../../../features/ideas/pages.scss'

type Decision = 'return' | 'reject'

const QUICK: Record<Decision, string[]> = {
  return: ['请写清楚具体怎么做', '请补充预计能节约多少', '请补充现场照片'],
  reject: ['不属于合理化建议范围', '本单位已经在实施'],
}

function Review({ idea, reload }: { idea: ReviewIdea; reload: () => Promise<void> }) {
  const [asking, setAsking] = useState<{ decision: Decision; duplicateOf?: SimilarIdea } | null>(null)
  const decide = useSubmit(async (decision: 'forward' | Decision, reason: string, duplicateOf: string | undefined) => {
    const res = await call('ideas.decide', { ideaId: idea.id, decision, reason, ...(duplicateOf ? { duplicateOf } : {}) })
    if (!res.ok) {
      toastError(res.error)
      return
    }
    setAsking(null)
    toastDone(decision === 'forward' ? '已转送评审' : decision === 'return' ? '已退回修改' : '已标为不通过')
    await reload()
    if (Taro.getCurrentPages().length > 1) setTimeout(() => void Taro.navigateBack(), 800)
  })
  const forward = async () => {
    if (await confirm({ title: '转送评审', content: '审核通过，转送市总工会安排专家评审？', confirmText: '转送' })) await decide.run('forward', '', undefined)
  }
  const people = [idea.author.realName + (idea.author.job ? `（${idea.author.job}）` : ''), ...idea.coAuthors.map((c) => c.realName)].join('、')
  return (
    <View className="ideas-page" id="review-idea">
      <View className="ideas-card">
        <View className="ideas-row__top">
          <View className="ideas-tags">
            <Text className="ideas-tag">{idea.type}</Text>
            {idea.rounds > 1 && <Text className="ideas-tag">第 {idea.rounds} 次提交</Text>}
          </View>
          <IdeaStatusTag status={idea.status} />
        </View>
        <Text className="ideas-title">{idea.title}</Text>
        <Text className="ideas-meta">
          {people} · {idea.unit.name}
        </Text>
        <Text className="ideas-meta">{formatDateTime(idea.submittedAt)} 提交</Text>
        <IdeaBody idea={idea} imageUrls={idea.imageUrls} />
        {idea.imagesChecking > 0 && <Text className="ideas-meta">另有 {idea.imagesChecking} 张图片正在做安全检查，通过后显示。</Text>}
        {idea.reason && <Text className="ideas-meta">上次意见：{idea.reason}</Text>}
      </View>
      <IdeaSimilar
        items={idea.similar}
        title="相似的建议"
        hint={idea.canDecide ? '如果说的是同一件事，可以标为重复，不再重复评审。' : undefined}
        action={idea.canDecide ? { text: '标为重复', onClick: (s) => setAsking({ decision: 'reject', duplicateOf: s }) } : undefined}
      />
      {idea.canDecide && (
        <View className="ideas-actions">
          <Button id="reject-idea" size="large" type="danger" fill="outline" disabled={decide.busy} onClick={() => setAsking({ decision: 'reject' })}>
            不通过
          </Button>
          <Button id="return-idea" size="large" disabled={decide.busy} onClick={() => setAsking({ decision: 'return' })}>
            退回修改
          </Button>
          <Button id="forward-idea" type="primary" size="large" loading={decide.busy} onClick={() => void forward()}>
            转送评审
          </Button>
        </View>
      )}
      <ReasonDialog
        visible={Boolean(asking)}
        title={asking?.decision === 'return' ? '退回修改' : asking?.duplicateOf ? '标为重复，不通过' : '不通过'}
        subject={idea.title}
        label={asking?.decision === 'return' ? '请作者怎么改（必填，作者会看到）' : undefined}
        confirmText={asking?.decision === 'return' ? '确定退回' : undefined}
        quickReasons={asking?.duplicateOf ? [`与「${asking.duplicateOf.title}」重复`] : QUICK[asking?.decision ?? 'reject']}
        busy={decide.busy}
        onConfirm={(reason) => void decide.run(asking!.decision, reason, asking?.duplicateOf?.id)}
        onCancel={() => setAsking(null)}
      />
    </View>
  )
}

export default function ReviewIdeaPage() {
  const { params } = useRouter()
  const query = useCloudQuery('ideas.reviewDetail', { ideaId: params.id ?? '' })
  const data = query.data
  return (
    <Loaded state={query} data={data} skeleton={{ hero: false, rows: 4 }}>
      {(loaded) => <Review idea={loaded} reload={query.reload} />}
    </Loaded>
  )
}
