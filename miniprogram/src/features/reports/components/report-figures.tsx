import { Text, View } from '@tarojs/components'
import { REPORT_FIGURE_LABELS, type ReportFigures } from '@contract/entities/reports'
import { REPORT_TEXT } from '../text'

const KEYS = Object.keys(REPORT_FIGURE_LABELS) as Array<keyof ReportFigures>

/** The unit's own figures the draft was made from, two to a row. */
export default function ReportFiguresCard({ figures }: { figures: ReportFigures }) {
  return (
    <View className='report-card' id='report-figures'>
      <Text className='report-meta'>{REPORT_TEXT.figures}</Text>
      <View className='report-figures'>
        {KEYS.map((k) => (
          <View key={k} className='report-figure'>
            <Text className='report-figure__value'>{figures[k]}</Text>
            <Text>{REPORT_FIGURE_LABELS[k]}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
