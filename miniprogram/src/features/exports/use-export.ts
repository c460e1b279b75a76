// The Excel exports of the city's lists (types/actions: campaign.exportUnits, works.export, ideas.export,
// honours.export, org.exportMembers): ask for the file of a union's subtree, then open it as the
// competition export does (WeChat's document viewer, whose menu forwards or saves it).
import type { InputOf } from '@contract/actions/index'
import { call } from '../../services/cloud'
import { toastError } from '../../services/feedback'
import { useSubmit } from '../../hooks/use-submit'
import { openSpreadsheet } from '../competition/export'

export type ExportAction = 'campaign.exportUnits' | 'works.export' | 'ideas.export' | 'honours.export' | 'org.exportMembers'

/** `run()` makes the file and opens it; `busy` while it is being made. */
export function useExport<N extends ExportAction>(action: N, input: InputOf<N>): { run: () => void; busy: boolean } {
  const submit = useSubmit(async () => {
    const res = await call(action, input)
    if (!res.ok) return toastError(res.error)
    const opened = await openSpreadsheet(res.data.fileUrl)
    if (!opened.ok) toastError(opened.error)
  })
  return { run: () => void submit.run(), busy: submit.busy }
}
