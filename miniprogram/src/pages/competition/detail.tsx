import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import EmptyState from '../../components/empty-state'
import { Loaded } from '../../components/page-state'
import { useCloudQuery } from '../../hooks/use-cloud-query'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import { inMomentsSinglePage, open } from '../../services/navigation'
import DetailView from './detail-view'
import { COMPETITION_ROUTES } from '../../features/competition/routes'
import SignedInDetail from './signed-in-detail'
import './detail.scss'

export default function CompetitionDetailPage() {
  const id = useRouter().params.id ?? ''
  const query = useCloudQuery('competition.detail', { competitionId: id })
  const { data, error, loading, reload } = query
  const moments = inMomentsSinglePage()

  // Back from the organiser's pages (or after a decision elsewhere) the page shows what is true now.
  usePageRefresh(query, { reloadOnShow: true })
  const title = data ? `${data.title}｜${data.organizer.name}` : '竞赛报名'
  useShareAppMessage(() => ({ title, path: COMPETITION_ROUTES.detail(id), ...(data?.coverUrl ? { imageUrl: data.coverUrl } : {}) }))
  useShareTimeline(() => ({ title, query: `id=${encodeURIComponent(id)}`, ...(data?.coverUrl ? { imageUrl: data.coverUrl } : {}) }))

  if (!data && (!id || (error && !loading && (error.code === 'COMPETITION.NOT_FOUND' || error.code === 'COMMON.VALIDATION')))) {
    return (
      <EmptyState
        mark='赛'
        title='没有找到这项竞赛'
        message='它可能还没有发布，或者已经被删除。'
        actionText={moments ? undefined : '看看其他竞赛'}
        onAction={moments ? undefined : () => open(COMPETITION_ROUTES.list)}
      />
    )
  }
  return (
    <Loaded state={query} data={data} skeleton={{}}>
      {/* Moments' single-page mode has nobody signed in: the public page only. */}
      {(c) => (moments ? <DetailView c={c} moments /> : <SignedInDetail competition={c} reload={reload} />)}
    </Loaded>
  )
}
