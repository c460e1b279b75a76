// The participant's ticket (参赛凭证): fetched when they open it, since only an accepted sign-up has
// one and the QR is an image the list of sign-ups does not need to carry.
import { useState } from 'react'
import type { Ticket } from '@contract/entities/competition'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'

export function useCompetitionTicket(competitionId: string) {
  const [visible, setVisible] = useState(false)
  const [ticket, setTicket] = useState<Ticket>()
  const [error, setError] = useState<AppErrorBody>()
  const [loading, setLoading] = useState(false)

  const load = async () => {
    setLoading(true)
    setError(undefined)
    const res = await call('competition.ticket', { competitionId })
    setLoading(false)
    if (res.ok) setTicket(res.data)
    else setError(res.error)
  }

  return {
    visible,
    ticket,
    error,
    loading,
    show: () => {
      setVisible(true)
      if (!ticket) void load()
    },
    retry: () => void load(),
    hide: () => setVisible(false),
  }
}
