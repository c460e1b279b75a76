// Joining a unit: with an invite code (typed, or carried by a scanned code's `scene`), or by picking
// a unit from the tree and asking its chair (people.requestJoin). Every answer that changes the
// caller replaces the shared `me`, so 我的 shows the new state at once.
import { useState } from 'react'
import type { UnitNode } from '@contract/entities/people'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { codeFromScene, isCompleteInviteCode } from '../../org/invite-code'
import { setMe } from '../../../services/me'
import { useSubmit } from '../../../hooks/use-submit'

export type SearchHit = UnitNode & { pathNames: string[] }

export function useJoin(scene: string | undefined) {
  const [mode, setMode] = useState<'code' | 'pick'>('code')
  const [code, setCodeState] = useState(() => codeFromScene(scene))
  const [codeError, setCodeError] = useState<string>()
  const [joined, setJoined] = useState(false)
  const [picked, setPicked] = useState<UnitNode>()
  const [keyword, setKeyword] = useState('')
  const [hits, setHits] = useState<SearchHit[] | undefined>()

  const setCode = (value: string) => {
    setCodeState(value)
    setCodeError(undefined)
  }

  const joinByCode = useSubmit(async () => {
    if (!isCompleteInviteCode(code)) return
    const res = await call('people.joinByInvite', { code })
    if (!res.ok) {
      setCodeError(res.error.message)
      return
    }
    setMe(res.data)
    setJoined(true)
  })

  const requestJoin = useSubmit(async () => {
    if (!picked) return
    const res = await call('people.requestJoin', { unitId: picked.id })
    if (!res.ok) {
      toastError(res.error)
      return
    }
    setMe(res.data)
    setPicked(undefined)
    // Waiting now: the page shows the request; a code (if one turns up) is the only other step.
    setMode('code')
  })

  const search = useSubmit(async () => {
    const words = keyword.trim()
    if (!words) {
      setHits(undefined)
      return
    }
    const res = await call('org.searchUnits', { keyword: words })
    if (res.ok) setHits(res.data.items)
    else toastError(res.error)
  })

  const clearSearch = () => {
    setKeyword('')
    setHits(undefined)
  }

  return {
    mode,
    setMode,
    code,
    setCode,
    codeError,
    canJoin: isCompleteInviteCode(code),
    joinByCode: () => void joinByCode.run(),
    joining: joinByCode.busy,
    joined,
    picked,
    setPicked,
    requestJoin: () => void requestJoin.run(),
    requesting: requestJoin.busy,
    keyword,
    setKeyword,
    hits,
    search: () => void search.run(),
    searching: search.busy,
    clearSearch,
  }
}
