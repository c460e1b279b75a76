// Reload when the person comes back to the page after leaving it (e.g. from the form they opened here),
// never on the first show. Marked by the page's own hide, so it also holds for lists that mount after the
// page's first show (under WithMe), where counting shows would miss the first return.
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

export function useReloadOnReturn(reload: () => Promise<unknown>): void {
  const left = useRef(false)
  useDidHide(() => {
    left.current = true
  })
  useDidShow(() => {
    if (!left.current) return
    left.current = false
    void reload()
  })
}
