import { Image, Text, View } from '@tarojs/components'
import type { Ticket } from '@contract/entities/competition'
import type { AppErrorBody } from '@contract/errors'
import Button from '../../../../components/button'
import { spacedCode, timeRange } from '../../text'
import Sheet from '../../../../components/sheet'
import './index.scss'

export interface CompetitionTicketProps {
  visible: boolean
  title: string
  ticket: Ticket | undefined
  loading: boolean
  error: AppErrorBody | undefined
  onRetry: () => void
  onClose: () => void
}

/**
 * 参赛凭证: who it is for, the competition, its time and place (what a steward checks by eye), then the
 * QR the organiser scans and the code under it in large letters to read out.
 */
export default function CompetitionTicket({ visible, title, ticket, loading, error, onRetry, onClose }: CompetitionTicketProps) {
  return (
    <Sheet visible={visible} title='参赛凭证' onClose={onClose} id='ticket'>
      <Text className='competition-ticket__title'>{ticket?.competition.title ?? title}</Text>
      {ticket ? (
        <View className='competition-ticket__body'>
          <View className='competition-ticket__facts' id='ticket-facts'>
            <Text className='competition-ticket__person'>
              {ticket.person.realName}
              {ticket.person.teamName ? ` · ${ticket.person.teamName}` : ''}
            </Text>
            {ticket.person.unitName && <Text className='competition-ticket__fact'>{ticket.person.unitName}</Text>}
            <Text className='competition-ticket__fact'>时间：{timeRange(ticket.competition.eventStartAt, ticket.competition.eventEndAt)}</Text>
            <Text className='competition-ticket__fact'>地点：{ticket.competition.place}</Text>
          </View>
          {/* showMenuByLongpress: a long press saves the picture, handy without signal at the venue. */}
          <Image className='competition-ticket__qr' src={ticket.qrDataUrl} mode='aspectFit' showMenuByLongpress />
          <Text className='competition-ticket__label'>签到码</Text>
          <Text className='competition-ticket__code' id='ticket-code'>
            {spacedCode(ticket.code)}
          </Text>
          <Text className='competition-ticket__hint'>到场后请把这一页给工作人员扫码，或报出签到码。</Text>
        </View>
      ) : error && !loading ? (
        <View className='competition-ticket__body' role='alert'>
          <Text className='competition-ticket__error'>{error.message}</Text>
          <Button type='primary' size='large' block onClick={onRetry}>
            重新加载
          </Button>
        </View>
      ) : (
        <View className='competition-ticket__body'>
          <View className='competition-ticket__qr competition-ticket__qr--loading' />
          <Text className='competition-ticket__hint'>正在生成凭证…</Text>
        </View>
      )}
    </Sheet>
  )
}
