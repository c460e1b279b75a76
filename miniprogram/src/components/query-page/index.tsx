import { useRouter } from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { ActionName, InputOf, OutputOf } from '@contract/actions/index'
import { useCloudQuery, type CloudQuery } from '../../hooks/use-cloud-query'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import { Loaded, type Skeleton } from '../page-state'

type RouteParams = Partial<Record<string, string>>

/**
 * A page that shows one action's answer for what its link names (`?id=…`): the action's input from the
 * route's parameters, the skeleton, the error with 重新加载, pull-down refresh (where the page's config
 * enables it), then the content with the answer and the query (for a reload after a decision).
 */
export default function QueryPage<N extends ActionName>({
  action,
  input,
  skeleton = { hero: false, rows: 4 },
  children,
}: {
  action: N
  input: (params: RouteParams) => InputOf<N>
  skeleton?: Skeleton
  children: (data: OutputOf<N>, query: CloudQuery<OutputOf<N>>) => ReactNode
}) {
  const { params } = useRouter()
  const query = useCloudQuery(action, input(params))
  usePageRefresh(query)
  return (
    <Loaded state={query} data={query.data} skeleton={skeleton}>
      {(data) => children(data, query)}
    </Loaded>
  )
}
