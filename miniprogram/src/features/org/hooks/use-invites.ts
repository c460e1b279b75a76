// A unit's invite codes: make one (7 / 15 / 30 days), copy it, show it as a mini-program code,
// stop it. The list is the server's (org.invites); each change updates it in place.
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { InviteView } from '@contract/entities/people'
import { INVITE_DAY_CHOICES } from '@contract/limits/people'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { spacedCode } from '../invite-code'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useSubmit } from '../../../hooks/use-submit'

export const INVITE_DAYS = INVITE_DAY_CHOICES
export type InviteDays = (typeof INVITE_DAYS)[number]

export function useInvites(unitId: string) {
  const query = useCloudQuery('org.invites', { unitId })
  const [created, setCreated] = useState<InviteView[]>([])
  const [changed, setChanged] = useState<Record<string, InviteView>>({})
  const [days, setDays] = useState<InviteDays>(7)
  const [qr, setQr] = useState<{ invite: InviteView; imageUrl?: string; loading: boolean }>()
  const [revokingId, setRevokingId] = useState<string>()

  // New codes first, then the server's list, each with any local change applied.
  const server = query.data?.items ?? []
  const items = [...created.filter((c) => !server.some((s) => s.id === c.id)), ...server].map((i) => changed[i.id] ?? i)

  const create = useSubmit(async () => {
    const res = await call('org.createInvite', { unitId, days })
    if (!res.ok) return toastError(res.error)
    setCreated((c) => [res.data, ...c])
    toastDone('已生成邀请码')
  })

  const copy = (invite: InviteView) => {
    Taro.setClipboardData({ data: invite.code })
      .then(() => toastDone('邀请码已复制'))
      .catch(() => toastError({ message: `复制没有成功，请直接告诉对方：${spacedCode(invite.code)}` }))
  }

  const showQr = async (invite: InviteView) => {
    setQr({ invite, loading: true })
    const res = await call('org.inviteQr', { inviteId: invite.id })
    if (!res.ok) {
      setQr(undefined)
      return toastError(res.error)
    }
    setQr({ invite, imageUrl: res.data.imageUrl, loading: false })
  }

  const revoke = useSubmit(async (invite: InviteView) => {
    const ok = await confirm({
      title: '停用这个邀请码？',
      content: `停用后，${spacedCode(invite.code)} 不能再用来加入单位；已经加入的人不受影响。`,
      confirmText: '停用',
      danger: true,
    })
    if (!ok) return
    setRevokingId(invite.id)
    const res = await call('org.revokeInvite', { inviteId: invite.id })
    setRevokingId(undefined)
    if (!res.ok) return toastError(res.error)
    setChanged((c) => ({ ...c, [invite.id]: res.data }))
    toastDone('已停用')
  })

  const reload = async () => {
    setCreated([])
    setChanged({})
    await query.reload()
  }

  return {
    items,
    loading: query.loading && !query.data,
    error: query.error,
    reload,
    days,
    setDays,
    create: () => void create.run(),
    creating: create.busy,
    copy,
    qr,
    showQr: (i: InviteView) => void showQr(i),
    closeQr: () => setQr(undefined),
    revoke: (i: InviteView) => void revoke.run(i),
    revokingId,
  }
}
