// The city's care desk: the access log (paged), the chain's verification, the export and retention.
import { useState } from 'react'
import type { CareLogVerification } from '@contract/entities/care'
import type { AppErrorBody } from '@contract/errors'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
// The one spreadsheet opener (download + WeChat's document viewer; the browser in H5).
import { openSpreadsheet } from '../../competition/export'

export function useCareCity() {
  const log = usePagedList('care.accessLog', {})
  const retention = useCloudQuery('care.retention', {})
  const [verification, setVerification] = useState<CareLogVerification>()
  const [exported, setExported] = useState<{ fileUrl: string; fileName: string; rows: number }>()
  const [error, setError] = useState<AppErrorBody>()
  const verify = useSubmit(async () => {
    const res = await call('care.verifyLog', {})
    if (res.ok) setVerification(res.data)
    else setError(res.error)
    await log.reload()
  })
  const exportAll = useSubmit(async () => {
    const res = await call('care.export', {})
    if (!res.ok) return setError(res.error)
    setExported(res.data)
    await log.reload()
    const opened = await openSpreadsheet(res.data.fileUrl)
    if (!opened.ok) setError(opened.error)
  })
  return { log, retention, verification, exported, error, verify: verify.run, verifying: verify.busy, exportAll: exportAll.run, exporting: exportAll.busy }
}
