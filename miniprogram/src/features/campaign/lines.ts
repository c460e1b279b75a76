// Where each of the five lines leads from the home page: the lines with their feature open it; the
// others say what is coming, so a tap never does nothing.
import Taro from '@tarojs/taro'
import type { CampaignLine, LineKey } from '@contract/entities/campaign'

/** The lines whose features exist. */
export const LINE_PAGES: Partial<Record<LineKey, string>> = {
  jineng: '/pages/competition/index',
  zuopin: '/pages/works/index',
  zhihui: '/pages/ideas/index',
  // 展职工风采: the 匠心筑梦 stories of the commended workers (the notice is one tap from there).
  fengcai: '/package-honours/pages/stories/index',
}

/** What is coming for the lines without a page yet. */
export const LINE_COMING: Partial<Record<LineKey, string>> = {
  aixin: '走访慰问困难职工的记录即将上线，只供负责的工会工作人员使用，不会公开。上线后从这里进入。',
}

export const COMING_TAG = '即将上线'

export function openLine(line: Pick<CampaignLine, 'key' | 'name'>): void {
  const to = LINE_PAGES[line.key]
  if (to) {
    void Taro.navigateTo({ url: to })
    return
  }
  void Taro.showModal({ title: `${line.name} · ${COMING_TAG}`, content: LINE_COMING[line.key] ?? '', showCancel: false, confirmText: '知道了' })
}
