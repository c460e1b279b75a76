import { Input, Text, View } from '@tarojs/components'
import { CARE_PICK_SOURCE_LABELS, type CarePersonOption, type CarePickSource } from '@contract/entities/care'
import { SEARCH_MAX } from '@contract/wording/search'
import Button from '../../../../components/button'
import { usePersonSearch } from '../../hooks/use-person-search'
import './index.scss'

const line = (p: CarePersonOption) => [p.unitName, p.honour, p.certificateNo && `证书 ${p.certificateNo}`].filter(Boolean).join(' · ')

/** Finds a member or a commended model worker of the unit's subtree by the start of their name, and picks one. */
export default function PersonPicker({
  unitId,
  source,
  picked,
  onPick,
}: {
  unitId: string
  source: CarePickSource
  picked: CarePersonOption | undefined
  onPick: (p: CarePersonOption | undefined) => void
}) {
  const s = usePersonSearch(unitId)
  if (picked)
    return (
      <View className='care-picked' id='care-picked'>
        <View className='care-picked__text'>
          <Text className='care-picked__name'>{picked.name}</Text>
          <Text className='care-picked__line'>{line(picked)}</Text>
        </View>
        <Text className='care-picked__change' id='care-pick-change' onClick={() => onPick(undefined)}>
          更换
        </Text>
      </View>
    )
  return (
    <View className='care-picker' id='care-picker'>
      <View className='care-picker__bar'>
        <Input
          id='care-pick-keyword'
          className='form-field__input care-picker__input'
          placeholder={`输入${CARE_PICK_SOURCE_LABELS[source]}姓氏或姓名`}
          value={s.keyword}
          maxlength={SEARCH_MAX}
          confirmType='search'
          onInput={(x) => s.setKeyword(x.detail.value)}
          onConfirm={() => void s.search(source)}
        />
        <Button id='care-pick-search' type='primary' size='large' loading={s.busy} onClick={() => void s.search(source)}>
          查找
        </Button>
      </View>
      {s.problem && <Text className='care-error'>{s.problem}</Text>}
      {s.results && s.results.length === 0 && <Text className='care-line'>没有找到，请换个字试试</Text>}
      {s.results?.map((p) => (
        <View key={p.id} className='care-picker__row' id={`care-pick-${p.id}`} onClick={() => onPick(p)}>
          <Text className='care-picked__name'>{p.name}</Text>
          <Text className='care-picked__line'>{line(p)}</Text>
        </View>
      ))}
    </View>
  )
}
