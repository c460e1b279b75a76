import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { JudgeIdea } from '@contract/entities/ideas'
import { RUBRIC } from '@contract/entities/ideas'
import QueryPage from '../../../components/query-page'
import IdeaBody from '../../../features/ideas/components/idea-body'
import ScoreForm from '../../../features/ideas/components/idea-score-form'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import '../../../features/ideas/pages.scss'

function Scored({ idea }: { idea: JudgeIdea }) {
  const mine = idea.mine!
  return (
    <View className='ideas-card' id='my-score'>
      <Text className='ideas-section-title'>我的评分：{mine.total} 分</Text>
      <Text className='ideas-meta'>{RUBRIC.map((c) => `${c.label} ${mine[c.key]}`).join(' · ')}</Text>
      <Text className='ideas-meta'>评语：{mine.comment}</Text>
      {idea.panel && (
        <View className='ideas-row__score'>
          <Text className='ideas-row__score-item'>
            已有 <Text className='ideas-row__score-strong'>{idea.panel.count}</Text> 位专家打分
          </Text>
          <Text className='ideas-row__score-item'>
            平均 <Text className='ideas-row__score-strong'>{idea.panel.mean}</Text>
          </Text>
          <Text className='ideas-row__score-item'>最高最低相差 {idea.panel.spread}</Text>
        </View>
      )}
    </View>
  )
}

function Judge({ initial }: { initial: JudgeIdea }) {
  const [idea, setIdea] = useState(initial)
  return (
    <View className='ideas-page' id='judge-idea'>
      <View className='ideas-card'>
        <View className='ideas-tags'>
          <Text className='ideas-tag'>{idea.type}</Text>
          <Text className='ideas-tag'>匿名评审</Text>
        </View>
        <Text className='ideas-title'>{idea.title}</Text>
        <IdeaBody idea={idea} imageUrls={idea.imageUrls} />
      </View>
      <IdeaSimilar items={idea.similar} title='相似的建议' hint='如果和已评审的建议是同一件事，请在评语里注明。' />
      {idea.mine ? <Scored idea={idea} /> : <ScoreForm idea={idea} onScored={setIdea} />}
    </View>
  )
}

export default function JudgeIdeaPage() {
  return (
    <QueryPage action='ideas.judgeDetail' input={(p) => ({ ideaId: p.id ?? '' })}>
      {(idea) => <Judge initial={idea} />}
    </QueryPage>
  )
}
