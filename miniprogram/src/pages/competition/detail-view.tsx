// A competition's public page as everyone sees it; the signed-in parts (the person's sign-up, the
// main action, the ticket and team sheets) are handed in by the page.
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { CompetitionDetail } from '@contract/entities/competition'
import { ActionBarSpacer } from '../../features/competition/components/competition-action-bar'
import CompetitionCover from '../../features/competition/components/competition-cover'
import CompetitionFacts from '../../features/competition/components/competition-facts'
import CompetitionResults from '../../features/competition/components/competition-results'
import { EntryCell, EntryGroup } from '../../components/entry-cell'
import StatusTag from '../../components/status-tag'
import { stageOf } from '../../features/competition/text'
import { open } from '../../services/navigation'
import { COMPETITION_ROUTES } from '../../features/competition/routes'

function OrganiserLinks({ c }: { c: CompetitionDetail }) {
  return (
    <EntryGroup title='主办单位管理'>
      <EntryCell title='报名名单' description='审核、候补、导出名单' onClick={() => open(COMPETITION_ROUTES.signups(c.id))} />
      <EntryCell title='现场签到' description='扫参赛凭证或输入签到码' onClick={() => open(COMPETITION_ROUTES.checkin(c.id))} />
      <EntryCell title='发布成绩' description='比赛开始后公布名次和奖项' onClick={() => open(COMPETITION_ROUTES.results(c.id))} />
      <EntryCell title='修改竞赛' description='时间、地点、名额，截止或取消' onClick={() => open(COMPETITION_ROUTES.edit({ id: c.id }))} />
    </EntryGroup>
  )
}

export interface DetailViewProps {
  c: CompetitionDetail
  /** The person's own sign-up, shown right under the title. */
  mine?: ReactNode
  /** The pinned main action; the page keeps room for it at the end. */
  bar?: ReactNode
  /** Sheets opened from the page (ticket, team). */
  overlays?: ReactNode
  /** Opened from Moments: no sign-in, no navigation. */
  moments?: boolean
}

export default function DetailView({ c, mine, bar, overlays, moments = false }: DetailViewProps) {
  const stage = stageOf(c)
  return (
    <View className='competition-detail'>
      <CompetitionCover url={c.coverUrl} category={c.category} size='banner' />
      <View className='competition-detail__body'>
        <View className='competition-detail__head'>
          <Text className='competition-detail__title' id='competition-title'>
            {c.title}
          </Text>
          <View className='competition-detail__tags'>
            <StatusTag tone={stage.tone}>{stage.text}</StatusTag>
            <Text className='competition-detail__category'>{c.category}</Text>
          </View>
          <Text className='competition-detail__organizer'>主办：{c.organizer.name}</Text>
        </View>

        {c.status === 'cancelled' && (
          <View className='competition-detail__notice' role='alert'>
            <Text className='competition-detail__notice-title'>该竞赛已取消</Text>
            {c.cancelReason && <Text className='competition-detail__notice-text'>原因：{c.cancelReason}</Text>}
          </View>
        )}

        {moments ? <Text className='competition-detail__moments'>在小程序中打开即可报名</Text> : mine}

        {c.results.length > 0 && (
          <View className='competition-detail__card'>
            <Text className='competition-detail__section'>比赛成绩</Text>
            <CompetitionResults results={c.results} publishedAt={c.resultsPublishedAt} />
          </View>
        )}

        <View className='competition-detail__card'>
          <Text className='competition-detail__section'>竞赛信息</Text>
          <CompetitionFacts competition={c} />
        </View>

        <View className='competition-detail__card'>
          <Text className='competition-detail__section'>竞赛介绍</Text>
          <Text className='competition-detail__description'>{c.description}</Text>
        </View>

        {c.canManage && !moments && <OrganiserLinks c={c} />}
        {bar && <ActionBarSpacer />}
      </View>
      {bar}
      {overlays}
    </View>
  )
}
