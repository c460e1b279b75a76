// Withdrawing one's own pending join request (people.cancelJoin), after a confirm.
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { setMe } from '../../../services/me'
import { useSubmit } from '../../../hooks/use-submit'

export function useCancelJoin() {
  return useSubmit(async (unitName: string) => {
    const ok = await confirm({ title: '撤回入会申请？', content: `撤回加入「${unitName}」的申请后，可以重新选择单位或输入邀请码。`, confirmText: '撤回' })
    if (!ok) return
    const res = await call('people.cancelJoin', {})
    if (res.ok) {
      setMe(res.data)
      toastDone('已撤回')
    } else {
      toastError(res.error)
    }
  })
}
