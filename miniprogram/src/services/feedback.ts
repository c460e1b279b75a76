// Telling people how an action went, the same way everywhere: a short toast for done and failed
// actions (the Chinese message of the error code), WeChat's own dialog to confirm anything that
// cannot be undone.
import Taro from '@tarojs/taro'
import type { AppErrorBody } from '@contract/errors'

export function toastError(error: Pick<AppErrorBody, 'message'>): void {
  // icon 'none' allows two lines of text; with an icon WeChat cuts the title at 7 characters.
  void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 })
}

export function toastDone(title: string): void {
  void Taro.showToast({ title, icon: title.length <= 7 ? 'success' : 'none', duration: 2000 })
}

/** A yes/no question; resolves true only on the confirm button. */
export async function confirm(options: { title: string; content: string; confirmText?: string; danger?: boolean }): Promise<boolean> {
  try {
    const res = await Taro.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText ?? '确定',
      cancelText: '取消',
      confirmColor: options.danger ? '#B3261E' : '#C8161D',
    })
    return Boolean(res.confirm)
  } catch {
    return false
  }
}
