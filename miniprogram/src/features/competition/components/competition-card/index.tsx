import { Text, View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'
import type { CompetitionSummary } from '@contract/entities/competition'
import { placesText, stageOf } from '../../text'
import { formatDateTime } from '../../../../utils/date'
import CompetitionCover from '../competition-cover'
import StatusTag from '../../../../components/status-tag'
import './index.scss'

export interface CompetitionCardProps {
  competition: CompetitionSummary
  onClick?: () => void
  /** Replaces the stage tag (e.g. the person's own sign-up status on 我的报名). */
  tag?: ReactNode
}

/** One competition in a list: picture, title, organiser, where sign-up stands, places, dates. */
export default function CompetitionCard({ competition: c, onClick, tag, children }: PropsWithChildren<CompetitionCardProps>) {
  const stage = stageOf(c)
  const open = c.status === 'published' && c.window !== 'closed'
  return (
    <View className='competition-card' hoverClass='competition-card--pressed' onClick={onClick}>
      <View className='competition-card__main'>
        <CompetitionCover url={c.coverUrl} category={c.category} size='thumb' />
        <View className='competition-card__body'>
          <Text className='competition-card__title'>{c.title}</Text>
          <Text className='competition-card__organizer'>
            {c.organizer.name} · {c.category}
            {c.mode === 'team' ? ' · 团体' : ''}
          </Text>
          <View className='competition-card__tags'>{tag ?? <StatusTag tone={stage.tone}>{stage.text}</StatusTag>}</View>
        </View>
      </View>
      <View className='competition-card__facts'>
        {open && <Text className='competition-card__fact competition-card__fact--strong'>{placesText(c)}</Text>}
        {open && <Text className='competition-card__fact'>报名截止 {formatDateTime(c.signupEndAt)}</Text>}
        <Text className='competition-card__fact'>
          比赛 {formatDateTime(c.eventStartAt)} · {c.place}
        </Text>
      </View>
      {children}
    </View>
  )
}
