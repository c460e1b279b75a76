// The public list of competitions: a category tab and one filter (报名中 / 本单位 / 我报名的) at a
// time, paged. Changing either starts again from the first page.
import { useEffect, useState } from 'react'
import type { CompetitionCategory } from '@contract/entities/competition'
import type { ListFilter } from '../text'
import { usePagedList } from '../../../hooks/use-paged-list'
import { call } from '../../../services/cloud'

export type CategoryTab = CompetitionCategory | 'all'

export function useCompetitionList() {
  const [category, setCategory] = useState<CategoryTab>('all')
  const [filter, setFilter] = useState<ListFilter>('all')
  const [keyword, setKeyword] = useState('')
  const list = usePagedList('competition.list', { ...(category === 'all' ? {} : { category }), filter, ...(keyword ? { keyword } : {}) })
  // 已举办: how many in all, the number the home page shows (its own small answer: the list pages by 20).
  const [held, setHeld] = useState<number>()
  useEffect(() => {
    if (filter !== 'held') return
    let live = true
    void call('competition.list', { filter: 'held', page: 1 }).then((res) => live && res.ok && setHeld(res.data.held))
    return () => {
      live = false
    }
  }, [filter])
  return { category, setCategory, filter, setFilter, keyword, setKeyword, list, held: filter === 'held' ? held : undefined }
}

/** What an empty list means for this choice, and the one way on from it. */
export function emptyListText(
  category: CategoryTab,
  filter: ListFilter,
  keyword = '',
): { title: string; message: string; action: string; next: { category?: CategoryTab; filter?: ListFilter; keyword?: string } | 'home' } {
  if (keyword)
    return {
      title: `没有找到“${keyword}”`,
      message: '换个字词试试，或看看全部竞赛。',
      action: '看全部竞赛',
      next: { category: 'all', filter: 'all', keyword: '' },
    }
  if (filter === 'mine')
    return { title: '您还没有报名', message: '看看正在报名的竞赛，找一项适合自己的。', action: '看报名中的竞赛', next: { category: 'all', filter: 'open' } }
  if (filter === 'my_unit')
    return {
      title: '本单位还没有竞赛',
      message: '您所在单位和上级工会发布的竞赛会出现在这里。还没加入单位的，请先在“我的”里加入。',
      action: '看全部竞赛',
      next: { category: 'all', filter: 'all' },
    }
  if (filter === 'held')
    return {
      title: '还没有已举办的竞赛',
      message: '比赛结束、主办单位公布成绩后，竞赛会计入“已举办”。',
      action: '看全部竞赛',
      next: { category: 'all', filter: 'all' },
    }
  if (filter === 'open')
    return { title: '现在没有报名中的竞赛', message: '可以先看看已经结束的竞赛和成绩。', action: '看全部竞赛', next: { category: 'all', filter: 'all' } }
  if (category !== 'all') return { title: `还没有${category}`, message: '换个分类看看。', action: '看全部分类', next: { category: 'all' } }
  return { title: '还没有发布竞赛', message: '各级工会发布竞赛后会出现在这里，下拉可以刷新。', action: '回首页看看其他活动', next: 'home' }
}
