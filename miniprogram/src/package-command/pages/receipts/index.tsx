import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { NoticeReceipts } from '@contract/entities/notices'
import { Loaded } from '../../../components/page-state'
import { rateText } from '../../../features/command/dashboard-view'
import { pageClass } from '../../../features/command/page-class'
import { receiptCounts, receiptRows } from '../../../features/command/receipts-view'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import '../../../features/command/command.scss'

function ReceiptsView({ r }: { r: NoticeReceipts }) {
  const rows = receiptRows(r)
  const counts = receiptCounts(rows)
  const rate = r.totals.members > 0 ? r.totals.read / r.totals.members : 0
  return (
    <View className='cmd-grid'>
      <View className='cmd-card cmd-wide' id='receipts-totals'>
        <Text className='cmd-heading'>{r.notice.title}</Text>
        <Text className='cmd-text'>
          已读 {r.totals.read} / {r.totals.members} 人（{rateText(rate)}）
        </Text>
        <Text className='cmd-muted'>
          有人已读的单位 {counts.reached} 个，无人阅读的单位 {counts.unread} 个
        </Text>
      </View>
      {rows.map((x) => (
        <View key={x.unit.id} className='cmd-card' id={`receipt-${x.unit.id}`}>
          <Text className='cmd-text'>{x.unit.name}</Text>
          <Text className={x.read > 0 || x.members === 0 ? 'cmd-muted' : 'cmd-error'}>{x.text}</Text>
        </View>
      ))}
    </View>
  )
}

export default function ReceiptsPage() {
  const { params } = useRouter()
  const q = useCloudQuery('campaign.noticeReceipts', { noticeId: params.id ?? '', unitId: params.unitId ?? '' })
  usePageRefresh(q)
  return (
    <View className={pageClass()} id='receipts'>
      <Loaded state={q} data={q.data} skeleton={{ rows: 4 }}>
        {(r) => <ReceiptsView r={r} />}
      </Loaded>
    </View>
  )
}
