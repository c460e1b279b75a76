import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { AppErrorBody } from '@contract/errors'
import type { ListState } from '../../hooks/use-paged-list'
import Button from '../button'
import ListFooter from '../list-footer'
import './index.scss'

/** A skeleton shaped like the page that is coming, so the layout does not jump when it arrives. */
export function PageLoading({ hero = true, rows = 4 }: { hero?: boolean; rows?: number }) {
  return (
    <View className='page-state page-state--loading' aria-busy='true' aria-label='加载中'>
      {hero && <View className='page-state__hero' />}
      <View className='page-state__card'>
        {Array.from({ length: rows }, (_x, i) => (
          <View key={i} className='page-state__row'>
            <View className='page-state__bone page-state__bone--title' />
            <View className='page-state__bone' />
          </View>
        ))}
      </View>
      <Text className='page-state__hint'>加载中…</Text>
    </View>
  )
}

/** What went wrong, in Chinese, and one obvious way forward. */
export function PageError({ error, onRetry }: { error: AppErrorBody; onRetry: () => void }) {
  return (
    <View className='page-state page-state--error' role='alert'>
      <View className='page-state__icon'>!</View>
      <Text className='page-state__title'>没能加载出来</Text>
      <Text className='page-state__message'>{error.message}</Text>
      <Button className='page-state__retry' type='primary' size='large' onClick={onRetry}>
        重新加载
      </Button>
    </View>
  )
}

/** The skeleton a page shows while its first answer is on its way. */
export interface Skeleton {
  hero?: boolean
  rows?: number
}

/** What a page waits for: useCloudQuery, useMe, or anything with the same three fields. */
export interface LoadState {
  error: AppErrorBody | undefined
  loading: boolean
  reload: () => Promise<unknown>
}

/**
 * One answer on a page (a detail, the caller, a form's record): the content once it is there, the
 * error with 重新加载 when it failed (a refresh that fails keeps what is on screen), the skeleton
 * meanwhile. `data` is what the content needs; undefined until it has come.
 */
export function Loaded<T>({
  state,
  data,
  skeleton = { hero: false },
  children,
}: {
  state: LoadState
  data: T | undefined
  skeleton?: Skeleton
  children: (data: T) => ReactNode
}) {
  if (data !== undefined) return <>{children(data)}</>
  if (state.error && !state.loading) return <PageError error={state.error} onRetry={() => void state.reload()} />
  return <PageLoading {...skeleton} />
}

export type { ListState }

/**
 * A paged list on a page: the skeleton until the first page, the error with 重新加载, `empty` when
 * there is nothing, else the items and the footer (加载中 / 上拉加载更多 / 没有更多了). A refresh or a
 * failed next page keeps the items on screen.
 *
 * The rows come from `item` (one element per item, carrying its key), wrapped in a View when the list
 * needs an `id` or `className`; or from `children` when the page puts more than rows around them.
 */
export function ListBody<T>({
  list,
  empty,
  skeleton = { hero: false, rows: 3 },
  id,
  className,
  item,
  children,
}: {
  list: ListState<T>
  empty: ReactNode
  skeleton?: Skeleton
  id?: string
  className?: string
} & ({ item: (item: T) => ReactNode; children?: never } | { children: (items: T[]) => ReactNode; item?: never })) {
  if (list.items.length === 0) {
    if (list.loading) return <PageLoading {...skeleton} />
    if (list.error) return <PageError error={list.error} onRetry={() => void list.reload()} />
    return <>{empty}</>
  }
  const rows = item ? list.items.map(item) : children(list.items)
  return (
    <>
      {id || className ? (
        <View id={id} className={className}>
          {rows}
        </View>
      ) : (
        rows
      )}
      <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} onMore={() => void list.loadMore()} />
    </>
  )
}
