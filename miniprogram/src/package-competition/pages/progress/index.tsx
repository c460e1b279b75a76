import { Text, View } from '@tarojs/components'
import { HELD_MEANING } from '@contract/wording/held'
import type { OutputOf } from '@contract/actions/index'
import CompetitionProgressRow from '../../../features/competition/components/competition-progress-row'
import EmptyState from '../../../components/empty-state'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useMe } from '../../../hooks/use-me'
import { replace, ROUTES } from '../../../services/navigation'
import { unitsWithRole } from '../../../features/org/staff'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

/** The plan: every industry and township union runs 3 or more competitions. Behind ones come first. */
function Progress() {
  const query = useCloudQuery('competition.areaProgress', {})
  usePageRefresh(query)
  return (
    <Loaded state={query} data={query.data}>
      {(data) => <ProgressView data={data} />}
    </Loaded>
  )
}

function ProgressView({ data }: { data: OutputOf<'competition.areaProgress'> }) {
  if (data.items.length === 0)
    return <EmptyState mark='进' title='还没有行业或乡镇工会' message='在“组织架构”里建好各行业、乡镇（街道）工会后，这里会列出它们的竞赛场次。' />
  const behind = data.items.filter((i) => i.held < data.minimum).length
  return (
    <View className='competition-progress zg-page'>
      <View className='competition-progress__summary' id='progress-summary'>
        <Text className='competition-progress__lead'>各行业、乡镇（街道）工会每家至少组织 {data.minimum} 场竞赛</Text>
        <View className='competition-progress__numbers'>
          <View className='competition-progress__number'>
            <Text className='competition-progress__value'>{data.items.length - behind}</Text>
            <Text className='competition-progress__label'>已达标</Text>
          </View>
          <View className='competition-progress__number competition-progress__number--behind'>
            <Text className='competition-progress__value'>{behind}</Text>
            <Text className='competition-progress__label'>未达标</Text>
          </View>
          <View className='competition-progress__number competition-progress__number--total'>
            <Text className='competition-progress__value'>{data.held}</Text>
            <Text className='competition-progress__label'>全市已举办</Text>
          </View>
        </View>
        <Text className='competition-progress__note'>未达标的排在前面，标为红色。{HELD_MEANING}全市合计含市总工会自己主办的竞赛。</Text>
      </View>
      <View id='progress-list'>
        {data.items.map((item) => (
          <CompetitionProgressRow key={item.unit.id} item={item} minimum={data.minimum} />
        ))}
      </View>
    </View>
  )
}

export default function ProgressPage() {
  const meState = useMe()
  const me = meState.me
  if (me && unitsWithRole(me, ['city_admin']).length === 0)
    return <EmptyState mark='权' title='只有市总工会管理员可以查看全市进度' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  return (
    <Loaded state={meState} data={me}>
      {() => <Progress />}
    </Loaded>
  )
}
