// The city union's review of stories, through the one decision flow: publish after a confirm (never
// past 100, every image checked — the server says so when not), or send back to draft with a reason.
import { HONOUR_LIMITS as L, type StoryDraft } from '@contract/entities/honours'
import type { AppErrorBody } from '@contract/errors'
import type { PagedList } from '../../../hooks/use-paged-list'
import { useDecisions, type DecisionOutcome } from '../../../hooks/use-decisions'
import { call } from '../../../services/cloud'

const outcome = (s: StoryDraft, res: { ok: true } | { ok: false; error: AppErrorBody }): DecisionOutcome =>
  res.ok ? { decided: [s.id] } : { decided: [], error: res.error, stale: res.error.code === 'HONOUR.BAD_STATE' }

export function useStoryDecisions(list: PagedList<StoryDraft>) {
  return useDecisions(
    list,
    {
      publish: {
        confirm: ([s]) => ({ title: '发布故事', content: `发布「${s.title}」？发布后任何人都能看到和分享。`, confirmText: '发布' }),
        send: async ([s]) => outcome(s, await call('honours.reviewStory', { storyId: s.id, publish: true, reason: '' })),
        done: () => '已发布',
      },
      back: {
        reason: {
          title: '退回修改',
          confirmText: '确定退回',
          label: '退回的原因',
          quick: ['请核实事迹细节', '请更换图片'],
          limit: L.reason,
          subject: ([s]) => `「${s.title}」`,
        },
        send: async ([s], reason) => outcome(s, await call('honours.reviewStory', { storyId: s.id, publish: false, reason })),
        done: () => '已退回',
      },
    },
    { unitWord: '篇' },
  )
}
