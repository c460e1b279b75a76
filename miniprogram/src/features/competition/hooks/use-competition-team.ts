// A captain putting a team together: a team name and colleagues of their own unit, found by name
// through competition.teammates (name and job only; those already signed up cannot be picked). The
// team counts the captain, so its size is the picked members plus one.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CompetitionDetail, Teammate } from '@contract/entities/competition'
import { COMPETITION_SIGNUP_LIMITS as COMPETITION_LIMITS } from '@contract/limits/competition-signup'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import type { TeamEntry } from './use-competition-signup'

/** What still stops the team being sent, in the captain's words; undefined when it can go. */
export function teamProblem(c: Pick<CompetitionDetail, 'teamMin' | 'teamMax'>, teamName: string, picked: number): string | undefined {
  const name = teamName.trim()
  const l = COMPETITION_LIMITS.teamName
  if (name.length < l.min) return `请填写队名（${l.min} 到 ${l.max} 个字）`
  if (name.length > l.max) return `队名不能超过 ${l.max} 个字`
  const size = picked + 1
  if (size < c.teamMin) return `还要再选 ${c.teamMin - size} 名队员（每队 ${c.teamMin}–${c.teamMax} 人，含队长）`
  if (size > c.teamMax) return `人数超了：每队最多 ${c.teamMax} 人（含队长）`
  return undefined
}

export function useCompetitionTeam(c: CompetitionDetail, visible: boolean) {
  const [teamName, setTeamName] = useState('')
  const [keyword, setKeyword] = useState('')
  const [items, setItems] = useState<Teammate[]>([])
  const [picked, setPicked] = useState<Teammate[]>([])
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<AppErrorBody>()
  const [tried, setTried] = useState(false)

  const search = useCallback(
    async (word: string) => {
      setLoading(true)
      const k = word.trim()
      const res = await call('competition.teammates', { competitionId: c.id, ...(k ? { keyword: k } : {}) })
      setLoading(false)
      if (res.ok) {
        setItems(res.data.items)
        setError(undefined)
      } else {
        setError(res.error)
      }
    },
    [c.id],
  )

  // The whole unit's list the first time the sheet opens (the server answers at most 100, by name).
  const loaded = useRef(false)
  useEffect(() => {
    if (!visible || loaded.current) return
    loaded.current = true
    void search('')
  }, [visible, search])

  const toggle = (t: Teammate) => {
    if (t.signedUp) return
    setPicked((p) => (p.some((x) => x.userId === t.userId) ? p.filter((x) => x.userId !== t.userId) : [...p, t]))
  }

  const problem = teamProblem(c, teamName, picked.length)
  /** The team to send, or undefined (and the problem shown) when it is not complete yet. */
  const entry = (): TeamEntry | undefined => {
    setTried(true)
    return problem ? undefined : { teamName: teamName.trim(), memberIds: picked.map((p) => p.userId) }
  }

  return {
    teamName,
    setTeamName,
    keyword,
    setKeyword,
    search: () => void search(keyword),
    items,
    picked,
    isPicked: (t: Teammate) => picked.some((x) => x.userId === t.userId),
    toggle,
    loading,
    error,
    size: picked.length + 1,
    /** Shown once the captain has tried to send. */
    problem: tried ? problem : undefined,
    entry,
  }
}
