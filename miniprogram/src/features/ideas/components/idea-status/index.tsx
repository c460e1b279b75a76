import type { IdeaStatus } from '@contract/entities/ideas'
import { IDEA_STATUS_LABELS } from '@contract/entities/ideas'
import StatusTag, { type StatusTone } from '../../../../components/status-tag'

const TONES: Record<IdeaStatus, StatusTone> = {
  draft: 'muted',
  submitted: 'pending',
  returned: 'rejected',
  rejected: 'rejected',
  forwarded: 'pending',
  reviewing: 'pending',
  adopted: 'approved',
  declined: 'rejected',
  merged: 'muted',
}

/** An idea's state in words and colour together (退回修改 reads as a "needs you" red). */
export default function IdeaStatusTag({ status }: { status: IdeaStatus }) {
  return <StatusTag tone={TONES[status]}>{IDEA_STATUS_LABELS[status]}</StatusTag>
}
