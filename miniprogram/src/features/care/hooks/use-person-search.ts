// The record form's picker: finds members of the unit's subtree, or its commended model workers, by the
// start of their name (care.people; each search is itself written to the care access log).
import { useState } from 'react'
import type { CarePersonOption, CarePickSource } from '@contract/entities/care'
import type { AppErrorBody } from '@contract/errors'
import { searchKeyword } from '@contract/wording/search'
import * as v from 'valibot'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'

export function usePersonSearch(unitId: string) {
  const [keyword, setKeyword] = useState('')
  const [results, setResults] = useState<CarePersonOption[]>()
  const [problem, setProblem] = useState<string>()

  const search = useSubmit(async (source: CarePickSource) => {
    const checked = v.safeParse(searchKeyword, keyword)
    if (!checked.success) {
      setProblem(checked.issues[0].message)
      return
    }
    setProblem(undefined)
    const res = await call('care.people', { unitId, source, keyword: checked.output })
    if (res.ok) setResults(res.data)
    else setProblem((res.error as AppErrorBody).message)
  })

  const reset = () => {
    setResults(undefined)
    setProblem(undefined)
  }

  return { keyword, setKeyword, results, problem, search: search.run, busy: search.busy, reset }
}
