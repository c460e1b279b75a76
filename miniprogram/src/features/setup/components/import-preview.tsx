// What importing the sheet would do: counts, then every problem by row (the sheet's own row numbers),
// then the first rows of the plan.
import { Text, View } from '@tarojs/components'
import type { ImportPreview } from '@contract/entities/setup'
import { importActionLabel, SETUP_TEXT, unitTypeLabel } from '../wording'
import './setup.scss'

export default function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <View className='setup-card' id='import-preview'>
      <Text className='setup-card__title'>{SETUP_TEXT.previewTitle}</Text>
      <View className='import-summary'>
        <Text className='import-summary__item'>共 {preview.rows} 行</Text>
        <Text className='import-summary__item'>新建 {preview.create}</Text>
        <Text className='import-summary__item'>已存在 {preview.unchanged}</Text>
        {preview.errorCount > 0 && (
          <Text className='import-summary__item import-summary__item--bad' id='import-error-count'>
            {preview.errorCount} 行有错误
          </Text>
        )}
      </View>
      {preview.errorCount > 0 && (
        <View id='import-errors'>
          <Text className='setup-card__text'>{SETUP_TEXT.fixFirst}</Text>
          {preview.errors.map((e) => (
            <View className='import-row import-row--error' key={`${e.row}-${e.column ?? ''}`}>
              <Text className='import-row__no'>
                第 {e.row} 行{e.column ? ` ${e.column} 列` : ''}
              </Text>
              <View className='import-row__body'>
                <Text className='import-row__message'>{e.message}</Text>
              </View>
            </View>
          ))}
          {preview.errorCount > preview.errors.length && (
            <Text className='setup-card__text'>另有 {preview.errorCount - preview.errors.length} 处错误未列出</Text>
          )}
        </View>
      )}
      {preview.errorCount === 0 && preview.create === 0 && <Text className='setup-card__text'>{SETUP_TEXT.nothingNew}</Text>}
      {preview.items.map((r) => (
        <View className='import-row' key={r.row}>
          <Text className='import-row__no'>第 {r.row} 行</Text>
          <View className='import-row__body'>
            <Text>{r.name}</Text>
            <Text className='import-row__meta'>
              {unitTypeLabel(r.type)} · 上级：{r.parentName} · {importActionLabel(r.action)}
            </Text>
          </View>
        </View>
      ))}
    </View>
  )
}
