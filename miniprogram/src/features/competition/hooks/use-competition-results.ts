// Publishing results: the organiser picks from the accepted sign-ups, gives each a rank and an award
// (一等奖 … 优秀奖, or typed), and publishes. Published results come back from the server with name
// and unit only, so publishing again starts from them, matched by name and unit.
import { useEffect, useRef, useState } from 'react'
import type { CompetitionDetail, ResultEntry, SignupRow } from '@contract/entities/competition'
import { COMPETITION_LIMITS } from '@contract/limits/competition'
import { call } from '../../../services/cloud'
import { AWARDS } from '../text'
import { confirm, toastDone } from '../../../services/feedback'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'

export interface ResultDraft {
  rank: string
  award: string
}

/** The award a rank suggests: the first three get 一/二/三等奖, the rest 优秀奖. */
export const awardForRank = (rank: number): string => AWARDS[Math.min(Math.max(rank, 1), 4) - 1]

export const publicName = (row: Pick<SignupRow, 'teamName' | 'realName'>) => row.teamName || row.realName

/** Drafts from published results, for the rows they name (by name and unit). */
export function draftsFromResults(rows: SignupRow[], results: ResultEntry[]): Record<string, ResultDraft> {
  const out: Record<string, ResultDraft> = {}
  for (const r of results) {
    const hits = rows.filter((row) => publicName(row) === r.name && row.unitName === r.unitName)
    if (hits.length === 1) out[hits[0].id] = { rank: String(r.rank), award: r.award }
  }
  return out
}

/** The results to send in rank order, or what is wrong with the drafts. */
export function toResults(drafts: Record<string, ResultDraft>): { results?: Array<{ signupId: string; rank: number; award: string }>; problem?: string } {
  const entries = Object.entries(drafts)
  if (entries.length === 0) return { problem: '请先选择获奖的人或队伍' }
  const results = []
  for (const [signupId, d] of entries) {
    const rank = Number(d.rank.trim())
    const r = COMPETITION_LIMITS.rank
    if (!/^\d+$/.test(d.rank.trim()) || rank < r.min || rank > r.max) return { problem: `名次请填 ${r.min} 到 ${r.max} 之间的整数` }
    const award = d.award.trim()
    if (!award) return { problem: '请为每个获奖者选择或填写奖项' }
    if (award.length > COMPETITION_LIMITS.award.max) return { problem: `奖项名称不能超过 ${COMPETITION_LIMITS.award.max} 个字` }
    results.push({ signupId, rank, award })
  }
  results.sort((a, b) => a.rank - b.rank)
  return { results }
}

export function useCompetitionResults(c: CompetitionDetail, onPublished: (c: CompetitionDetail) => void) {
  const list = usePagedList('competition.signups', { competitionId: c.id, status: 'accepted' })
  const [drafts, setDrafts] = useState<Record<string, ResultDraft>>({})
  const [problem, setProblem] = useState<string>()
  const prefilled = useRef(new Set<string>())

  // Rows arrive page by page; each is matched against the published results once.
  useEffect(() => {
    const fresh = list.items.filter((r) => !prefilled.current.has(r.id))
    if (fresh.length === 0) return
    fresh.forEach((r) => prefilled.current.add(r.id))
    const found = draftsFromResults(fresh, c.results)
    if (Object.keys(found).length) setDrafts((d) => ({ ...found, ...d }))
  }, [list.items, c.results])

  const toggle = (row: SignupRow) => {
    setProblem(undefined)
    setDrafts((d) => {
      if (d[row.id]) {
        const rest = { ...d }
        delete rest[row.id]
        return rest
      }
      const next = Math.max(0, ...Object.values(d).map((x) => Number(x.rank) || 0)) + 1
      return { ...d, [row.id]: { rank: String(next), award: awardForRank(next) } }
    })
  }
  const update = (id: string, part: keyof ResultDraft, value: string) => {
    setProblem(undefined)
    setDrafts((d) => (d[id] ? { ...d, [id]: { ...d[id], [part]: value } } : d))
  }

  const publish = useSubmit(async () => {
    const { results, problem: wrong } = toResults(drafts)
    if (!results) return setProblem(wrong)
    const ok = await confirm({
      title: '发布成绩',
      content: `将公布 ${results.length} 个获奖名次（只显示姓名或队名和单位），所有人都能在竞赛页面看到。`,
      confirmText: '发布',
    })
    if (!ok) return
    const res = await call('competition.publishResults', { competitionId: c.id, results })
    // Said above the button, where the organiser is looking (e.g. 比赛开始后才能发布成绩).
    if (!res.ok) return setProblem(res.error.message)
    toastDone('成绩已发布')
    onPublished(res.data)
  })

  return {
    list,
    drafts,
    picked: Object.keys(drafts).length,
    toggle,
    update,
    problem,
    publish: () => void publish.run(),
    publishing: publish.busy,
  }
}
