import { Text, View } from '@tarojs/components'
import type { CareLogEntry } from '@contract/entities/care'
import { messageFor } from '@contract/errors'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import WithMe from '../../../components/with-me'
import { useCareCity } from '../../../features/care/hooks/use-care-city'
import { CARE_TEXT } from '../../../features/care/text'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { formatDateTime, formatFullDate } from '../../../utils/date'
import '../../../features/care/care.scss'

/** What an entry's action means, in the words of the page. */
const ACTION_WORDS: Record<string, string> = {
  'care.record': '登记走访',
  'care.visits': '查看列表',
  'care.visit': '查看记录',
  'care.followUp': '回访',
  'care.export': '导出',
  'care.accessLog': '查看访问日志',
  'care.verifyLog': '校验日志',
  'care.retention': '查看保存期限',
  'care.setRetention': '设置保存期限',
  'care.retentionRun': '到期匿名化',
}

function Entry({ e }: { e: CareLogEntry }) {
  const refused = e.outcome !== 'ok'
  return (
    <View className={`care-log-row${refused ? ' care-log-row--refused' : ''}`} id={`log-${e.chain}-${e.seq}`}>
      <Text>
        #{e.chain}-{e.seq} {formatDateTime(e.at)} {e.actor.name || (e.actor.openid ? '未登记用户' : '系统')} {ACTION_WORDS[e.action] ?? e.action}
        {refused ? ` · 已拒绝：${messageFor(e.outcome)}` : ''}
        {e.visitIds.length ? ` · ${e.visitIds.length} 条记录` : ''}
        {e.detail && !refused ? ` · ${e.detail}` : ''}
      </Text>
    </View>
  )
}

function Desk() {
  const city = useCareCity()
  usePageRefresh(city.log)
  const r = city.retention.data
  return (
    <View className='care-page' id='care-log'>
      <View className='care-card'>
        <Text className='care-title'>导出与保存期限</Text>
        {r && (
          <Text className='care-line' id='care-retention'>
            活动结束后保存 {r.retentionDays} 天{r.purgeAfter ? `，${formatFullDate(r.purgeAfter)} 起匿名化` : ''}；已匿名化{' '}
            {r.runs.reduce((s, x) => s + x.anonymised, 0)} 条
          </Text>
        )}
        <Button id='care-export' type='primary' size='large' block loading={city.exporting} onClick={() => void city.exportAll()}>
          {CARE_TEXT.exportButton}
        </Button>
        {city.exported && (
          <Text className='care-ok' id='care-exported'>
            已导出 {city.exported.rows} 条（姓名已隐去），链接 10 分钟内有效
          </Text>
        )}
      </View>
      <View className='care-card'>
        <Text className='care-title'>{CARE_TEXT.logTitle}</Text>
        <Button id='care-verify' size='large' block loading={city.verifying} onClick={() => void city.verify()}>
          {CARE_TEXT.verifyButton}
        </Button>
        {city.verification && (
          <Text className={city.verification.intact ? 'care-ok' : 'care-error'} id='care-verified'>
            {city.verification.intact
              ? `已校验 ${city.verification.checked} 条，日志完整，未被改动`
              : `第 ${city.verification.brokenAt?.chain} 链第 ${city.verification.brokenAt?.seq} 条起与记录不一致，日志可能被改动`}
          </Text>
        )}
        {city.error && <Text className='care-error'>{city.error.message}</Text>}
        <ListBody list={city.log} empty={<EmptyState compact mark='志' title='还没有访问记录' />} item={(e) => <Entry key={`${e.chain}-${e.seq}`} e={e} />} />
      </View>
    </View>
  )
}

export default function CareLogPage() {
  return <WithMe>{() => <Desk />}</WithMe>
}
