import { Input, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { CompetitionDetail } from '@contract/entities/competition'
import { COMPETITION_LIMITS } from '@contract/limits/competition'
import Button from '../../../components/button'
import CompetitionCheckinResult from '../../../features/competition/components/competition-checkin-result'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import { Loaded } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { useCompetitionCheckin } from '../../../features/competition/hooks/use-competition-checkin'
import { useMe } from '../../../hooks/use-me'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import { formatDateTime } from '../../../utils/date'
import { replace, ROUTES } from '../../../services/navigation'
import { CHAIR_ROLES, unitsWithRole } from '../../../features/org/staff'
import './index.scss'

// Scanning needs the phone's camera: the mini-program has it, the local H5 build types the code.
const CAN_SCAN = process.env.TARO_ENV === 'weapp'

function Checkin({ c }: { c: CompetitionDetail }) {
  const k = useCompetitionCheckin(c.id)
  return (
    <View className='competition-checkin zg-page'>
      <View className='competition-checkin__head'>
        <Text className='competition-checkin__title'>{c.title}</Text>
        <Text className='competition-checkin__meta'>
          {formatDateTime(c.eventStartAt)} · {c.place}
        </Text>
      </View>

      {CAN_SCAN && (
        <Button id='scan' className='competition-checkin__scan' type='primary' size='large' block loading={k.busy} onClick={k.scan}>
          扫参赛凭证签到
        </Button>
      )}

      <View className='competition-checkin__card'>
        <FormField label={CAN_SCAN ? '扫不了时，输入签到码' : '输入签到码'} required hint={COMPETITION_LIMITS.checkinCode.hint}>
          <Input
            id='checkin-code'
            className='form-field__input competition-checkin__code'
            value={k.code}
            // Room for the spaces people type between the groups of letters.
            maxlength={COMPETITION_LIMITS.checkinCode.max + 2}
            placeholder='例如 AB3K7Q'
            confirmType='done'
            onInput={(e) => k.setCode(e.detail.value)}
            onConfirm={k.checkCode}
          />
        </FormField>
        <Button id='checkin-submit' type='primary' fill={CAN_SCAN ? 'outline' : 'solid'} size='large' block loading={k.busy} onClick={k.checkCode}>
          签到
        </Button>
      </View>

      {k.outcome && <CompetitionCheckinResult outcome={k.outcome} />}

      {k.history.length > 0 && (
        <View className='competition-checkin__card' id='checkin-history'>
          <Text className='competition-checkin__section'>本次已签到 {k.history.length} 人</Text>
          {k.history.map((r) => (
            <View key={r.id} className='competition-checkin__row'>
              <Text className='competition-checkin__name'>{r.teamName || r.realName}</Text>
              <Text className='competition-checkin__unit'>{r.unitName}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

function ForCompetition({ id }: { id: string }) {
  const query = useCloudQuery('competition.detail', { competitionId: id })
  const data = query.data
  if (data && !data.canManage)
    return <EmptyState mark='权' title='签到由主办单位进行' actionText='查看竞赛页面' onAction={() => replace(COMPETITION_ROUTES.detail(id))} />
  return (
    <Loaded state={query} data={data}>
      {(loaded) => <Checkin c={loaded} />}
    </Loaded>
  )
}

export default function CheckinPage() {
  const id = useRouter().params.id ?? ''
  const meState = useMe()
  const me = meState.me
  if (me && unitsWithRole(me, CHAIR_ROLES).length === 0)
    return <EmptyState mark='权' title='签到由主办单位进行' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  return (
    <Loaded state={meState} data={me}>
      {() => <ForCompetition id={id} />}
    </Loaded>
  )
}
