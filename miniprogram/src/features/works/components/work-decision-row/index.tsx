import { Text, View } from '@tarojs/components'
import type { ReviewDecision } from '@contract/entities/works'
import StatusTag from '../../../../components/status-tag'
import { formatDateTime } from '../../../../utils/date'
import './index.scss'

/** The words of a unit's decision, and of where the work is now. */
export const DECISION_WORDS: Record<ReviewDecision['decision'], { tag: string; tone: 'approved' | 'rejected' }> = {
  recommended: { tag: '已选送', tone: 'approved' },
  rejected: { tag: '未通过', tone: 'rejected' },
}
const NOW: Partial<Record<ReviewDecision['status'], string>> = {
  reviewing: '上级工会审核中',
  exhibited: '已入选作品展',
  rejected: '已退回作者',
  draft: '作者修改中',
}

/** One line of works review's history: the work, what was decided and when, why, and where it is now. */
export default function WorkDecisionRow({ item, recommendedTag }: { item: ReviewDecision; recommendedTag?: string }) {
  const words = item.decision === 'recommended' && recommendedTag ? { ...DECISION_WORDS.recommended, tag: recommendedTag } : DECISION_WORDS[item.decision]
  const now = item.decision === 'recommended' ? NOW[item.status] : undefined
  return (
    <View className='work-decision'>
      <View className='work-decision__head'>
        <Text className='work-decision__title'>「{item.title}」</Text>
        <StatusTag tone={words.tone}>{words.tag}</StatusTag>
      </View>
      <Text className='work-decision__meta'>
        {item.authorName} · {item.unitName} · {formatDateTime(item.at)}
      </Text>
      {item.reason && <Text className='work-decision__reason'>原因：{item.reason}</Text>}
      {now && <Text className='work-decision__meta'>现在：{now}</Text>}
    </View>
  )
}
