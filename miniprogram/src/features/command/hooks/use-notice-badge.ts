// The caller's notices at a glance: the pinned ones still current and how many are unread, from the
// first page of campaign.notices (one call). The unread count also goes on the 我的 tab (index 1 of
// app.config's tabBar): https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.setTabBarBadge.html
// (the text is at most 4 characters, hence "99+"). Someone outside any unit gets nothing and no badge.
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { NoticeList, NoticeSummary } from '@contract/entities/notices'
import { call } from '../../../services/cloud'
import { inMomentsSinglePage } from '../../../services/navigation'

export const ME_TAB_INDEX = 1

export const badgeText = (unread: number) => (unread > 99 ? '99+' : String(unread))

/** Shows or clears the tab badge; a page without a tab bar (or the H5 shell without one) just skips it. */
export function showTabBadge(unread: number): void {
  const done = unread > 0 ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: badgeText(unread) }) : Taro.removeTabBarBadge({ index: ME_TAB_INDEX })
  void Promise.resolve(done).catch(() => undefined)
}

export interface NoticeGlance {
  pinned: NoticeSummary[]
  unread: number
  reload: () => Promise<void>
}

export function useNoticeGlance(): NoticeGlance {
  const [data, setData] = useState<NoticeList>()
  const reload = useCallback(async () => {
    // Opened from Moments there is no one signed in: nothing to ask (a refusal would only be noise).
    if (inMomentsSinglePage()) return
    const res = await call('campaign.notices', { page: 1 })
    if (res.ok) setData(res.data)
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])
  const unread = data?.unread ?? 0
  // Shown again (back from a notice, or a tab switch): a notice may have been read or published meanwhile.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
  useEffect(() => {
    if (data) showTabBadge(unread)
  }, [data, unread])
  return { pinned: data?.pinned ?? [], unread, reload }
}
