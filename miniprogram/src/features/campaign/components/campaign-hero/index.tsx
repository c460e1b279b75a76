import { Text, View } from '@tarojs/components'
import type { CampaignHome } from '@contract/entities/campaign'
import { beijing, daysUntil, formatDate } from '../../../../utils/date'
import './index.scss'

/** "展职工风采" → "展风采": the short forms the plan's slogan uses. */
const shortLine = (name: string) => name.replace('职工', '').replace('工会', '')

function phaseText(home: CampaignHome): string {
  if (home.phase === 'upcoming') return `${formatDate(home.startAt)} 开始 · 还有 ${daysUntil(home.startAt, home.servedAt)} 天`
  if (home.phase === 'ended') return `活动已于 ${formatDate(home.endAt)} 结束`
  const left = daysUntil(home.endAt, home.servedAt)
  return left === 0 ? '活动进行中 · 今天截止' : `活动进行中 · 还剩 ${left} 天`
}

export default function CampaignHero({ home, onLine }: { home: CampaignHome; onLine?: (line: CampaignHome['lines'][number]) => void }) {
  return (
    <View className='campaign-hero'>
      <View className='campaign-hero__org'>市总工会 · {beijing(home.startAt).year()}</View>
      <View className='campaign-hero__title'>{home.title}</View>
      <View className='campaign-hero__lines'>
        {home.lines.map((line) => (
          <Text key={line.key} className='campaign-hero__line' onClick={onLine ? () => onLine(line) : undefined}>
            {shortLine(line.name)}
          </Text>
        ))}
      </View>
      <View className='campaign-hero__meta'>
        <View className='campaign-hero__dates'>
          {formatDate(home.startAt)} — {formatDate(home.endAt)}
        </View>
        <View className={`campaign-hero__phase campaign-hero__phase--${home.phase}`}>{phaseText(home)}</View>
      </View>
    </View>
  )
}
