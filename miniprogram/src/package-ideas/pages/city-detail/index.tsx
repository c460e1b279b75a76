import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AwardLevel, CityIdea, SimilarIdea } from '@contract/entities/ideas'
import { AWARD_LEVELS, MIN_SCORES_TO_ADOPT, RUBRIC } from '@contract/entities/ideas'
import { IDEA_LIMITS } from '@contract/limits/ideas'
import type { AppErrorBody } from '@contract/errors'
import QueryPage from '../../../components/query-page'
import IdeaTags, { peopleLine } from '../../../features/ideas/components/idea-tags'
import Button from '../../../components/button'
import IdeaBody from '../../../features/ideas/components/idea-body'
import IdeaSimilar from '../../../features/ideas/components/idea-similar'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { DecisionDialog } from '../../../components/decision-bar'
import { useDecisions } from '../../../hooks/use-decisions'
import Sheet from '../../../components/sheet'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { announceDecided } from '../../../services/decisions'
import { toastDone, toastError } from '../../../services/feedback'
import { open } from '../../../services/navigation'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import '../../../features/ideas/pages.scss'

function Scores({ idea }: { idea: CityIdea }) {
  return (
    <View className='ideas-card' id='city-scores'>
      <Text className='ideas-section-title'>专家评分{idea.panel ? `（${idea.panel.name}）` : ''}</Text>
      {idea.scores.length === 0 ? (
        <Text className='ideas-meta'>{idea.panel ? '专家还没有打分。' : '还没有分给评审组。'}</Text>
      ) : (
        <>
          <View className='ideas-row__score'>
            <Text className='ideas-row__score-item'>
              平均 <Text className='ideas-row__score-strong'>{idea.score.mean}</Text> 分
            </Text>
            <Text className='ideas-row__score-item'>{idea.score.count} 位专家</Text>
            <Text className='ideas-row__score-item'>
              最高最低相差 {idea.score.spread}
              {(idea.score.spread ?? 0) >= 20 ? '（分歧较大）' : ''}
            </Text>
          </View>
          {idea.scores.map((s) => (
            <View key={s.judge.userId} className='ideas-person' style={{ display: 'block', padding: '8px 0' }}>
              <Text>
                {s.judge.realName}：<Text className='ideas-row__score-strong'>{s.total}</Text> 分
              </Text>
              <Text className='ideas-meta'>{RUBRIC.map((c) => `${c.label} ${s[c.key]}`).join(' · ')}</Text>
              <Text className='ideas-meta'>{s.comment}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  )
}

const DECLINE_REASONS = ['现有条件暂不具备', '效益不够明显', '已有类似做法']

function Decide({ initial }: { initial: CityIdea }) {
  const [idea, setIdea] = useState(initial)
  const [awarding, setAwarding] = useState(false)
  const act = useSubmit(async (p: Promise<{ ok: true; data: CityIdea } | { ok: false; error: AppErrorBody }>, done: string) => {
    const res = await p
    if (!res.ok) return toastError(res.error)
    setIdea(res.data)
    announceDecided({ kind: 'idea', id: res.data.id, status: res.data.status })
    toastDone(done)
  })
  // The city's decisions go through the one decision flow: adopting with an award (or changing it)
  // after a confirm, merging into another after a confirm, declining with a reason.
  const settle = (res: { ok: true; data: CityIdea } | { ok: false; error: AppErrorBody }) => {
    if (!res.ok) return { decided: [], error: res.error }
    setIdea(res.data)
    announceDecided({ kind: 'idea', id: res.data.id, status: res.data.status })
    return { decided: [idea.id] }
  }
  const d = useDecisions<{ id: string; title: string; award?: AwardLevel | null }, 'adopt' | 'merge' | 'decline'>(
    { items: [idea] },
    {
      // Adopting publishes the idea in the showcase: a tap on an award asks first, with the sheet's own verb.
      adopt: {
        confirm: ([it]) =>
          idea.status === 'adopted'
            ? { title: '修改奖项', content: `把「${idea.title}」的奖项改为：${it.award ?? '不评奖'}？展示中的奖项会随之更新。`, confirmText: '修改' }
            : {
                title: '采纳',
                content: `采纳「${idea.title}」并${it.award ? `评为${it.award}` : '不评奖'}？采纳后会在“金点子展示”中公开。`,
                confirmText: '采纳',
              },
        send: async ([it]) => {
          const again = idea.status === 'adopted'
          const out = settle(await call('ideas.adopt', { ideaId: idea.id, award: it.award ?? null }))
          if (out.error) return out
          setAwarding(false)
          return { ...out, message: again ? '奖项已更新' : '已采纳' }
        },
        done: () => '已采纳',
      },
      merge: {
        confirm: ([into]) => ({ title: '合并为同一条', content: `把这条并入「${into.title}」？并入后不再单独评审。`, confirmText: '合并' }),
        send: async ([into]) => settle(await call('ideas.merge', { ideaId: idea.id, intoId: into.id })),
        done: () => '已合并',
      },
      decline: {
        reason: {
          title: '不采纳',
          label: '不采纳的原因（必填，作者会看到）',
          confirmText: '确定不采纳',
          quick: DECLINE_REASONS,
          limit: IDEA_LIMITS.declineReason,
          subject: () => idea.title,
        },
        send: async (_, reason) => settle(await call('ideas.decline', { ideaId: idea.id, reason })),
        done: () => '已标为不采纳',
      },
    },
  )
  const adopt = (award: AwardLevel | null) => d.start('adopt', [{ id: idea.id, title: idea.title, award }])
  const merge = (into: SimilarIdea) => d.start('merge', [into])
  const open1 = idea.status === 'forwarded' || idea.status === 'reviewing'
  const missing = Math.max(0, MIN_SCORES_TO_ADOPT - idea.score.count)
  const people = peopleLine(
    idea.author.realName,
    idea.coAuthors.map((c) => c.realName),
  )
  return (
    <View className='ideas-page' id='city-idea'>
      <View className='ideas-card'>
        <View className='ideas-row__top'>
          <IdeaTags idea={idea} />
          <IdeaStatusTag status={idea.status} />
        </View>
        <Text className='ideas-title'>{idea.title}</Text>
        <Text className='ideas-meta'>
          {people} · {idea.unit.name}
        </Text>
        {idea.reason && <Text className='ideas-meta'>意见：{idea.reason}</Text>}
        {idea.duplicateOf && <Text className='ideas-meta'>已并入：{idea.duplicateOf.title}</Text>}
        {idea.mergedFrom.length > 0 && <Text className='ideas-meta'>并入的相同建议：{idea.mergedFrom.map((m) => m.title).join('、')}</Text>}
        <IdeaBody idea={idea} imageUrls={idea.imageUrls} />
      </View>
      <Scores idea={idea} />
      <IdeaSimilar
        items={idea.similar}
        hint={open1 ? '说的是同一件事时，可以并入先提的那条，不再重复评审。' : undefined}
        action={open1 ? { text: '并入这条', onClick: (s) => merge(s) } : undefined}
        onOpen={(s) => open(IDEA_ROUTES.cityDetail(s.id))}
      />
      {idea.status === 'reviewing' && missing > 0 && <Text className='ideas-lead'>还需要 {missing} 位专家打分，才能采纳。</Text>}
      {(open1 || idea.status === 'adopted') && (
        <View className='ideas-actions'>
          {open1 && (
            <Button id='decline-idea' size='large' type='danger' fill='outline' disabled={act.busy || d.busy} onClick={() => d.start('decline', [idea])}>
              不采纳
            </Button>
          )}
          {idea.status === 'adopted' && (
            <Button
              id='toggle-implemented'
              size='large'
              loading={act.busy}
              onClick={() => void act.run(call('ideas.setImplemented', { ideaId: idea.id, implemented: !idea.implemented }), '已更新')}
            >
              {idea.implemented ? '取消“已实施”' : '标记已实施'}
            </Button>
          )}
          {(idea.status === 'adopted' || (idea.status === 'reviewing' && missing === 0)) && (
            <Button id='adopt-idea' type='primary' size='large' disabled={act.busy || d.busy} onClick={() => setAwarding(true)}>
              {idea.status === 'adopted' ? '修改奖项' : '采纳'}
            </Button>
          )}
        </View>
      )}
      <Sheet
        visible={awarding}
        title={idea.status === 'adopted' ? '修改奖项' : '采纳并评奖'}
        onClose={d.busy ? undefined : () => setAwarding(false)}
        id='award-sheet'
      >
        <Text className='ideas-lead'>采纳后会在“金点子展示”中公开（标题、摘要、作者和单位、奖项）。</Text>
        <View className='ideas-chips'>
          {AWARD_LEVELS.map((a) => (
            <Text key={a} className={`ideas-chip${idea.award === a ? ' ideas-chip--on' : ''}`} onClick={() => adopt(a)}>
              {a}
            </Text>
          ))}
          <Text className={`ideas-chip${idea.status === 'adopted' && !idea.award ? ' ideas-chip--on' : ''}`} onClick={() => adopt(null)}>
            采纳，不评奖
          </Text>
        </View>
      </Sheet>
      <DecisionDialog flow={d} />
    </View>
  )
}

export default function CityIdeaPage() {
  return (
    <QueryPage action='ideas.cityDetail' input={(p) => ({ ideaId: p.id ?? '' })}>
      {(idea) => <Decide key={idea.id} initial={idea} />}
    </QueryPage>
  )
}
