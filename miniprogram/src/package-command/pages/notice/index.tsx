import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { NoticeDetail } from '@contract/entities/notices'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import { Loaded } from '../../../components/page-state'
import WithMe from '../../../components/with-me'
import AttachmentList from '../../../features/command/components/attachment-list'
import { pageClass } from '../../../features/command/page-class'
import { COMMAND_ROUTES } from '../../../features/command/routes'
import { COMMAND_TEXT as T, STEERING_ROLES } from '../../../features/command/text'
import { unitsWithRole } from '../../../features/org/staff'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { open } from '../../../services/navigation'
import { formatDateTime } from '../../../utils/date'
import '../../../features/command/command.scss'

/** The unit whose receipts the caller may read for this notice: the widest of theirs on its audience's path. */
function receiptsUnit(me: Me, n: NoticeDetail): string | undefined {
  const mine = unitsWithRole(me, STEERING_ROLES)
  // The city union sees every notice's receipts; a chair those reaching their union (the server checks).
  return mine.find((u) => u.type === 'city')?.id ?? mine.find((u) => u.id === n.audience.id || u.id === n.publisher.id)?.id ?? mine[0]?.id
}

function NoticeView({ me, n }: { me: Me; n: NoticeDetail }) {
  const unitId = receiptsUnit(me, n)
  return (
    <View className='cmd-grid'>
      <View className='cmd-card cmd-wide' id='notice-detail'>
        <Text className='cmd-heading' id='notice-title'>
          {n.title}
        </Text>
        <Text className='cmd-muted'>
          {n.publisher.name} · {formatDateTime(n.publishedAt)} · 发至{n.audience.name}
          {n.audience.type === 'city' ? '（全市）' : '及下属单位'}
        </Text>
        <View style={{ height: '16px' }} />
        <Text className='cmd-text' id='notice-body'>
          {n.body}
        </Text>
      </View>
      {n.attachments.length > 0 && (
        <View className='cmd-card cmd-wide'>
          <Text className='cmd-heading'>{T.attachments}</Text>
          <AttachmentList items={n.attachments} />
        </View>
      )}
      {unitId && (
        <View className='cmd-actions cmd-wide'>
          <Button id='notice-receipts-open' size='large' block onClick={() => open(COMMAND_ROUTES.receipts(n.id, unitId))}>
            {T.receipts}
          </Button>
        </View>
      )}
    </View>
  )
}

function Notice({ me, id }: { me: Me; id: string }) {
  // Opening it marks it read (once); the list and the badge say so when shown again.
  const q = useCloudQuery('campaign.readNotice', { noticeId: id })
  return (
    <View className={pageClass()} id='notice'>
      <Loaded state={q} data={q.data} skeleton={{ rows: 3 }}>
        {(n) => <NoticeView me={me} n={n} />}
      </Loaded>
    </View>
  )
}

export default function NoticePage() {
  const { params } = useRouter()
  return <WithMe>{(me) => <Notice me={me} id={params.id ?? ''} />}</WithMe>
}
