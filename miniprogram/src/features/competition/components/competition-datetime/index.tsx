import { Picker, Text, View } from '@tarojs/components'
import FormField from '../../../../components/form-field'
import './index.scss'

export interface CompetitionDateTimeProps {
  id: string
  label: string
  hint?: string
  date: string
  time: string
  error?: string
  onDate: (ymd: string) => void
  onTime: (hm: string) => void
}

/** "2027-04-20" → "2027年4月20日" */
const readable = (ymd: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '选择日期'
}

/** A Beijing date and a time of day, each with WeChat's own picker (big wheels, no typing). */
export default function CompetitionDateTime({ id, label, hint, date, time, error, onDate, onTime }: CompetitionDateTimeProps) {
  return (
    <FormField label={label} required hint={hint} error={error}>
      <View className='competition-datetime' id={id}>
        <Picker className='competition-datetime__date' mode='date' value={date} onChange={(e) => onDate(String(e.detail.value))}>
          <View className='competition-datetime__box' id={`${id}-date`}>
            <Text>{readable(date)}</Text>
            <Text className='competition-datetime__caret'>▾</Text>
          </View>
        </Picker>
        <Picker className='competition-datetime__time' mode='time' value={time} onChange={(e) => onTime(String(e.detail.value))}>
          <View className='competition-datetime__box' id={`${id}-time`}>
            <Text>{time || '时间'}</Text>
            <Text className='competition-datetime__caret'>▾</Text>
          </View>
        </Picker>
      </View>
    </FormField>
  )
}
