import { Text, View } from '@tarojs/components'
import { CARE_CATEGORY_LABELS, CARE_DIFFICULTY_LABELS, FOLLOW_UP_LABELS, type CareVisitView } from '@contract/entities/care'
import { formatDate } from '../../../../utils/date'
import { open } from '../../../../services/navigation'
import { CARE_ROUTES } from '../../routes'
import { yuan } from '../../text'
import './index.scss'

/** One visit in a list: who (masked outside the owning unit), what, when, and the follow-up. */
export default function VisitRow({ visit }: { visit: CareVisitView }) {
  const total = visit.help.reduce((s, h) => s + h.amount, 0)
  return (
    <View className='care-row' hoverClass='care-row--pressed' id={`visit-${visit.id}`} onClick={() => open(CARE_ROUTES.visit(visit.id))}>
      <View className='care-row__top'>
        <Text className='care-row__name'>{visit.person.name || '（已匿名）'}</Text>
        <Text className='care-row__category'>{CARE_CATEGORY_LABELS[visit.category]}</Text>
        {visit.followUp !== 'none' && <Text className={`care-row__follow care-row__follow--${visit.followUp}`}>{FOLLOW_UP_LABELS[visit.followUp]}</Text>}
      </View>
      <Text className='care-row__meta'>
        {visit.unit.name} · {formatDate(visit.visitedAt)}走访 · {yuan(total)}
      </Text>
      <Text className='care-row__meta'>{visit.difficulties.map((d) => CARE_DIFFICULTY_LABELS[d]).join('、')}</Text>
    </View>
  )
}
