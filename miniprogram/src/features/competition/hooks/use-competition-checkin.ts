// Checking people in at the event: scan the ticket's QR (weapp) or type the 6-character code under
// it. Each attempt ends in one clear answer: who was checked in (or had been already, and when), or
// why not. A QR from another competition, or something that is no ticket at all, is refused here
// before any call.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { SignupRow } from '@contract/entities/competition'
import { call } from '../../../services/cloud'
import { normalizeCode, parseTicketQr } from '../text'
import { useSubmit } from '../../../hooks/use-submit'

export type CheckinOutcome =
  | { ok: true; row: SignupRow; code: string; /** checked in before this attempt */ again: boolean }
  | { ok: false; message: string; code?: string }

export function useCompetitionCheckin(competitionId: string) {
  const [code, setCodeState] = useState('')
  const [outcome, setOutcome] = useState<CheckinOutcome>()
  const [history, setHistory] = useState<SignupRow[]>([])

  const check = async (raw: string) => {
    const res = await call('competition.checkIn', { competitionId, code: raw })
    if (!res.ok) {
      setOutcome({ ok: false, message: res.error.message, code: raw })
      return
    }
    // The server says whether this code had been checked in before (a second scan).
    setOutcome({ ok: true, row: res.data, code: raw, again: res.data.alreadyCheckedIn })
    setCodeState('')
    setHistory((h) => [res.data, ...h.filter((r) => r.id !== res.data.id)].slice(0, 20))
  }

  const byCode = useSubmit(async () => {
    if (code.length !== 6) {
      setOutcome({ ok: false, message: '签到码是 6 位字母和数字，请核对' })
      return
    }
    await check(code)
  })

  const byScan = useSubmit(async () => {
    let scanned: string
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      scanned = res.result
    } catch {
      return // closed the camera without scanning
    }
    const ticket = parseTicketQr(scanned)
    if (!ticket) return setOutcome({ ok: false, message: '这不是参赛凭证的二维码' })
    if (ticket.competitionId !== competitionId) return setOutcome({ ok: false, message: '这是其他竞赛的参赛凭证', code: ticket.code })
    await check(ticket.code)
  })

  return {
    code,
    setCode: (typed: string) => setCodeState(normalizeCode(typed)),
    outcome,
    history,
    checkCode: () => void byCode.run(),
    scan: () => void byScan.run(),
    busy: byCode.busy || byScan.busy,
  }
}
