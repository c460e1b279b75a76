// What a page shows, tied to the page's own events, the same way on every page:
//  - pull-down refresh reloads every source and folds the spinner away when all are back
//    (the page's config needs `enablePullDownRefresh: true`);
//  - reach-bottom asks the first source that pages for its next page;
//  - with `reloadOnShow`, coming back to the page (not its first show) reloads every source: what
//    was decided or edited on the page opened from here shows at once.
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useRef } from 'react'

export interface Reloadable {
  reload: () => Promise<unknown>
  loadMore?: () => Promise<unknown>
}

export function usePageRefresh(sources: Reloadable | ReadonlyArray<Reloadable | undefined>, { reloadOnShow = false }: { reloadOnShow?: boolean } = {}) {
  const latest = useRef<Reloadable[]>([])
  latest.current = (Array.isArray(sources) ? sources : [sources]).filter((s): s is Reloadable => Boolean(s))
  const reloadAll = () => Promise.all(latest.current.map((s) => s.reload()))

  usePullDownRefresh(() => {
    void reloadAll().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void latest.current.find((s) => s.loadMore)?.loadMore?.()
  })
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && reloadOnShow) void reloadAll()
    shown.current = true
  })
}
