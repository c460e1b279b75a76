import { Text, View } from '@tarojs/components'
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { CampaignHome, CampaignTarget } from '@contract/entities/campaign'
import type { NoticeSummary } from '@contract/entities/notices'
import CampaignHero from '../../features/campaign/components/campaign-hero'
import LineCard from '../../features/campaign/components/line-card'
import { LINE_PAGES, openLine } from '../../features/campaign/lines'
import { Loaded } from '../../components/page-state'
import TargetProgress from '../../features/campaign/components/target-progress'
import { useCloudQuery } from '../../hooks/use-cloud-query'
import { formatDateTime } from '../../utils/date'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import PinnedNotices from '../../features/command/components/pinned-notices'
import { useNoticeGlance } from '../../features/command/hooks/use-notice-badge'
import './index.scss'

// "三百、三千、三万": the seven targets grouped the way the plan says them.
const GROUPS: Array<{ title: string; keys: CampaignTarget['key'][] }> = [
  { title: '三百', keys: ['competitions', 'modelWorkers', 'works', 'modelWorkerVisits'] },
  { title: '三千', keys: ['hardshipVisits', 'ideas', 'commended'] },
]

const SHARE_TITLE = '庆“五一”系列活动：展职工风采，一起来参加'

function HomeView({ home, pinned }: { home: CampaignHome; pinned: NoticeSummary[] }) {
  const byKey = new Map(home.targets.map((t) => [t.key, t]))
  const participants = byKey.get('participants')
  return (
    <View className='home'>
      <CampaignHero home={home} onLine={openLine} />
      <PinnedNotices notices={pinned} />

      {participants && (
        <View className='home__card home__card--headline'>
          <Text className='home__eyebrow'>三万 · 动员职工参与</Text>
          <TargetProgress target={participants} featured />
        </View>
      )}

      {GROUPS.map((group) => (
        <View key={group.title} className='home__card'>
          <View className='home__section-head'>
            <Text className='home__section-mark'>{group.title}</Text>
            <Text className='home__section-title'>{group.title === '三百' ? '百场竞赛 · 百名劳模 · 百幅作品' : '千名帮扶 · 千条金点子 · 千名先进'}</Text>
          </View>
          {group.keys.map((k) => {
            const t = byKey.get(k)
            return t ? <TargetProgress key={k} target={t} /> : null
          })}
        </View>
      ))}

      <View className='home__card'>
        <View className='home__section-head'>
          <Text className='home__section-mark'>五展</Text>
          <Text className='home__section-title'>五大主题活动</Text>
        </View>
        {home.lines.map((line) => (
          <LineCard key={line.key} line={line} coming={!LINE_PAGES[line.key]} onClick={() => openLine(line)} />
        ))}
      </View>

      <View className='home__footer'>
        <Text>{home.purpose}</Text>
        <Text className='home__updated'>数据更新于 {formatDateTime(home.servedAt)} · 下拉可刷新</Text>
      </View>
    </View>
  )
}

export default function Index() {
  const { data, error, loading, reload } = useCloudQuery('campaign.home', {})
  // Notices are the union's to its members: those addressed to the caller's unit, pinned while current.
  // A visitor outside any unit (or anyone opening a shared card without signing in) sees none.
  const notices = useNoticeGlance()

  usePageRefresh([{ reload }, notices])
  // Shared into group chats and Moments; the page renders for anyone, signed in or not.
  useShareAppMessage(() => ({ title: SHARE_TITLE, path: '/pages/index/index' }))
  useShareTimeline(() => ({ title: SHARE_TITLE }))

  return (
    <Loaded state={{ error, loading, reload }} data={data} skeleton={{}}>
      {(loaded) => <HomeView home={loaded} pinned={notices.pinned} />}
    </Loaded>
  )
}
