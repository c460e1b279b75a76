import type { ReactNode } from 'react'
import type { Me } from '@contract/entities/people'
import { useMe } from '../../hooks/use-me'
import { Loaded, type Skeleton } from '../page-state'

/** A page that needs the caller (people.me): the skeleton until they are known, the error with 重新加载, then the page. */
export default function WithMe({ skeleton, children }: { skeleton?: Skeleton; children: (me: Me) => ReactNode }) {
  const state = useMe()
  return (
    <Loaded state={state} data={state.me} skeleton={skeleton}>
      {children}
    </Loaded>
  )
}
