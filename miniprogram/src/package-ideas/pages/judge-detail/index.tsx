import { Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useState } from 'react'
import type { JudgeIdea } from '@contract/entities/ideas'
import { IDEA_LIMITS, RUBRIC, RUBRIC_MAX } from '@contract/entities/ideas'
import FormField from '../../../components/form-field'
import IdeaBody from '../../../features/ideas/components/idea-body'
import IdeaScoreInput, { type RubricScores } from '../../../features/ideas/components/idea-score-input'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import '../../../features/ideas/pages.scss'

function ScoreForm({ idea, onScored }: { idea: JudgeIdea; onScored: (next: JudgeIdea) => void }) {
  const [scores, setScores] = useState<RubricScores>({ innovation: null, feasibility: null, benefit: null })
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string>()
  const send = useSubmit(async () => {
    setError(undefined)
    if (RUBRIC.some((c) => scores[c.key] === null)) return setError('三项都要打分')
    if (comment.trim().length < IDEA_LIMITS.comment.min) return setError('请写几句评语')
    if (!(await confirm({ title: '提交评分', content: '提交后不能修改，确定提交吗？', confirmText: '提交' }))) return
    const res = await call('ideas.score', { ideaId: idea.id, innovation: scores.innovation!, feasibility: scores.feasibility!, benefit: scores.benefit!, comment: comment.trim() })
    if (!res.ok) {
      toastError(res.error)
      return
    }
    toastDone('评分已提交')
    onScored(res.data)
  })
  return (
    <View className="ideas-card" id="score-form">
      <Text className="ideas-section-title">打分（每项 0–{RUBRIC_MAX} 分）</Text>
      <IdeaScoreInput value={scores} onChange={setScores} disabled={send.busy} />
      <FormField label="评语" required error={error}>
        <Textarea id="score-comment" className="ideas-textarea" value={comment} maxlength={IDEA_LIMITS.comment.max} autoHeight placeholder="优点、不足、建议怎么改进" onInput={(e) => setComment(e.detail.value)} />
      </FormField>
      <View className="ideas-actions">
        <Button id="submit-score" type="primary" size="large" loading={send.busy} onClick={() => void send.run()}>
          提交评分
        </Button>
      </View>
    </View>
  )
}

function Scored({ idea }: { idea: JudgeIdea }) {
  const mine = idea.mine!
  return (
    <View className="ideas-card" id="my-score">
      <Text className="ideas-section-title">我的评分：{mine.total} 分</Text>
      <Text className="ideas-meta">
        {RUBRIC.map((c) => `${c.label} ${mine[c.key]}`).join(' · ')}
      </Text>
      <Text className="ideas-meta">评语：{mine.comment}</Text>
      {idea.panel && (
        <View className="ideas-row__score">
          <Text className="ideas-row__score-item">
            已有 <Text className="ideas-row__score-strong">{idea.panel.count}</Text> 位专家打分
          </Text>
          <Text className="ideas-row__score-item">
            平均 <Text className="ideas-row__score-strong">{idea.panel.mean}</Text>
          </Text>
          <Text className="ideas-row__score-item">最高最低相差 {idea.panel.spread}</Text>
        </View>
      )}
    </View>
  )
}

function Judge({ initial }: { initial: JudgeIdea }) {
  const [idea, setIdea] = useState(initial)
  return (
    <View className="ideas-page" id="judge-idea">
      <View className="ideas-card">
        <View className="ideas-tags">
          <Text className="ideas-tag">{idea.type}</Text>
          <Text className="ideas-tag">匿名评审</Text>
        </View>
        <Text className="ideas-title">{idea.title}</Text>
        <IdeaBody idea={idea} imageUrls={idea.imageUrls} />
      </View>
      <IdeaSimilar items={idea.similar} title="相似的建议" hint="如果和已评审的建议是同一件事，请在评语里注明。" />
      {idea.mine ? <Scored idea={idea} /> : <ScoreForm idea={idea} onScored={setIdea} />}
    </View>
  )
}

export default function JudgeIdeaPage() {
  const { params } = useRouter()
  const query = useCloudQuery('ideas.judgeDetail', { ideaId: params.id ?? '' })
  const data = query.data
  return (
    <Loaded state={query} data={data} skeleton={{ hero: false, rows: 4 }}>
      {(loaded) => <Judge initial={loaded} />}
    </Loaded>
  )
}
