// The invitations page: issue a code for every unit without a chair (and download the sheet of codes),
// then page through them with their mini-program codes to print or forward.
import { useState } from 'react'
import { call } from '../../../services/cloud'
import { openSpreadsheet } from '../../competition/export'
import { toastDone, toastError } from '../../../services/feedback'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'

export function useChairInvites() {
  const list = usePagedList('org.chairInvites', {})
  const [sheet, setSheet] = useState<{ url: string; issued: number; live: number }>()

  const issue = useSubmit(async () => {
    const res = await call('org.issueChairInvites', {})
    if (!res.ok) return toastError(res.error)
    setSheet({ url: res.data.sheetUrl, issued: res.data.issued, live: res.data.live })
    toastDone(res.data.issued > 0 ? `新生成 ${res.data.issued} 个邀请码` : '每个单位都已有邀请码')
    await list.reload()
  })

  const download = useSubmit(async () => {
    if (!sheet) return
    const opened = await openSpreadsheet(sheet.url)
    if (!opened.ok) toastError(opened.error)
  })

  return { list, sheet, issue: () => void issue.run(), issuing: issue.busy, download: () => void download.run() }
}
