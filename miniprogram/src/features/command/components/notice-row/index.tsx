import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '@contract/entities/notices'
import { formatDateTime } from '../../../../utils/date'
import { COMMAND_TEXT } from '../../text'
import './index.scss'

/** One notice in a list: unread marked (a dot and the word, never colour alone), pinned, attachments. */
export default function NoticeRow({ notice, now, onClick }: { notice: NoticeSummary; now: number; onClick: () => void }) {
  const pinned = notice.pinnedUntil !== null && notice.pinnedUntil > now
  return (
    <View className={`notice-row${notice.read ? '' : ' notice-row--unread'}`} hoverClass='notice-row--pressed' onClick={onClick} id={`notice-${notice.id}`}>
      <View className='notice-row__head'>
        {!notice.read && <Text className='notice-row__dot' aria-label={COMMAND_TEXT.unread} />}
        <Text className='notice-row__title'>{notice.title}</Text>
      </View>
      <View className='notice-row__meta'>
        {!notice.read && <Text className='notice-row__tag notice-row__tag--unread'>{COMMAND_TEXT.unread}</Text>}
        {pinned && <Text className='notice-row__tag'>{COMMAND_TEXT.pinned}</Text>}
        <Text>{notice.publisher.name}</Text>
        <Text>{formatDateTime(notice.publishedAt)}</Text>
        {notice.attachmentCount > 0 && (
          <Text>
            {COMMAND_TEXT.attachments} {notice.attachmentCount}
          </Text>
        )}
      </View>
    </View>
  )
}
