import { Text, View } from '@tarojs/components'
import { RUBRIC, RUBRIC_MAX, weightedTotal, type RubricKey } from '@contract/entities/ideas'
import './index.scss'

export type RubricScores = Record<RubricKey, number | null>

/**
 * The rubric as three large steppers (− value +): each criterion 0–10 in whole points, its weight beside
 * it, and the weighted total as it will be recorded. Nothing is pre-filled: a judge decides each one.
 */
export default function IdeaScoreInput({
  value,
  onChange,
  disabled = false,
}: {
  value: RubricScores
  onChange: (v: RubricScores) => void
  disabled?: boolean
}) {
  const set = (key: RubricKey, next: number) => onChange({ ...value, [key]: Math.max(0, Math.min(RUBRIC_MAX, next)) })
  const complete = RUBRIC.every((c) => value[c.key] !== null)
  return (
    <View className='idea-score-input'>
      {RUBRIC.map((c) => {
        const v = value[c.key]
        return (
          <View key={c.key} className='idea-score-input__row' id={`score-${c.key}`}>
            <View className='idea-score-input__label'>
              <Text className='idea-score-input__name'>
                {c.label} <Text className='idea-score-input__weight'>×{c.weight}</Text>
              </Text>
              <Text className='idea-score-input__hint'>{c.hint}</Text>
            </View>
            <View className='idea-score-input__stepper'>
              <Text
                className={`idea-score-input__step${disabled || v === 0 ? ' idea-score-input__step--off' : ''}`}
                onClick={() => !disabled && set(c.key, (v ?? 6) - 1)}
                aria-label={`${c.label}减一分`}
              >
                −
              </Text>
              <Text className='idea-score-input__value'>{v === null ? '–' : v}</Text>
              <Text
                className={`idea-score-input__step${disabled || v === RUBRIC_MAX ? ' idea-score-input__step--off' : ''}`}
                onClick={() => !disabled && set(c.key, (v ?? 4) + 1)}
                aria-label={`${c.label}加一分`}
              >
                +
              </Text>
            </View>
          </View>
        )
      })}
      <View className='idea-score-input__total'>
        <Text>综合分（满分 100）</Text>
        <Text className='idea-score-input__total-value' id='score-total'>
          {complete ? weightedTotal(value as Record<RubricKey, number>) : '–'}
        </Text>
      </View>
    </View>
  )
}
