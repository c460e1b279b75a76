import { Text } from '@tarojs/components'
import './index.scss'

export type StatusTone = 'pending' | 'approved' | 'rejected' | 'muted'

const LABELS: Record<StatusTone, string> = { pending: '待审核', approved: '已通过', rejected: '未通过', muted: '已停用' }

/** 待审核 / 已通过 / 未通过: colour and words together, never colour alone. */
export default function StatusTag({ tone, children }: { tone: StatusTone; children?: string }) {
  return <Text className={`status-tag status-tag--${tone}`}>{children ?? LABELS[tone]}</Text>
}
