// The like on a work's page: shown at once, confirmed by the server; a repeated tap while a call runs
// is ignored. "Already liked" / "not liked" answers mean the page was stale: it takes the server's side.
import { useEffect, useState } from 'react'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { useSubmit } from '../../../hooks/use-submit'

export function useLike(workId: string, initial: { liked: boolean; likeCount: number } | undefined) {
  const [state, setState] = useState(initial)
  useEffect(() => setState(initial), [initial])

  const { run, busy } = useSubmit(async () => {
    if (!state) return
    const wanted = !state.liked
    setState({ liked: wanted, likeCount: Math.max(0, state.likeCount + (wanted ? 1 : -1)) })
    const res = await call(wanted ? 'works.like' : 'works.unlike', { workId })
    if (res.ok) return setState(res.data)
    if (res.error.code === 'WORK.ALREADY_LIKED') return setState({ liked: true, likeCount: state.likeCount })
    if (res.error.code === 'WORK.NOT_LIKED') return setState({ liked: false, likeCount: state.likeCount })
    setState(state)
    toastError(res.error)
  })

  return { liked: state?.liked ?? false, likeCount: state?.likeCount ?? 0, toggle: () => void run(), busy }
}
