import { Text, View } from '@tarojs/components'
import type { NoticeSummary } from '@contract/entities/notices'
import { open } from '../../../../services/navigation'
import { formatDate } from '../../../../utils/date'
import { COMMAND_ROUTES } from '../../routes'
import { COMMAND_TEXT } from '../../text'
import './index.scss'

/** The home page's pinned notices (those addressed to the caller's unit, pinned until later); nothing when none. */
export default function PinnedNotices({ notices }: { notices: NoticeSummary[] }) {
  if (notices.length === 0) return null
  return (
    <View className='pinned-notices' id='pinned-notices'>
      {notices.map((n) => (
        <View key={n.id} className='pinned-notices__row' hoverClass='pinned-notices__row--pressed' onClick={() => open(COMMAND_ROUTES.notice(n.id))}>
          <Text className='pinned-notices__mark'>{COMMAND_TEXT.pinned}</Text>
          <Text className={`pinned-notices__title${n.read ? '' : ' pinned-notices__title--unread'}`}>{n.title}</Text>
          <Text className='pinned-notices__date'>{n.read ? formatDate(n.publishedAt) : COMMAND_TEXT.unread}</Text>
        </View>
      ))}
    </View>
  )
}
