import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import {
  CARE_CATEGORIES,
  CARE_CATEGORY_LABELS,
  CARE_DIFFICULTIES,
  CARE_DIFFICULTY_LABELS,
  CARE_HELP_KINDS,
  CARE_HELP_LABELS,
  CARE_LAWFUL_BASES,
  CARE_LAWFUL_BASIS_LABELS,
  CARE_LIMITS as L,
} from '@contract/entities/care'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import FormField from '../../../components/form-field'
import { bind, type FormState } from '../../../components/form-field/bind'
import { DateField } from '../../../components/form-field/date-field'
import { NumberField } from '../../../components/form-field/number-field'
import { TextAreaField } from '../../../components/form-field/textarea-field'
import { TextField } from '../../../components/form-field/text-field'
import WithMe from '../../../components/with-me'
import ChoiceChips from '../../../features/care/components/choice-chips'
import PersonPicker from '../../../features/care/components/person-picker'
import { CARE_PERSON_WAYS, CARE_PERSON_WAY_LABELS, useCareForm, type CareFormValues } from '../../../features/care/hooks/use-care-form'
import { CARE_ROUTES } from '../../../features/care/routes'
import { CARE_TEXT } from '../../../features/care/text'
import { replace } from '../../../services/navigation'
import { formatFullDate, fromDateInput } from '../../../utils/date'
import '../../../features/care/care.scss'

const readable = (ymd: string) => formatFullDate(fromDateInput(ymd, 'start')!)

const DATE_ROW = { className: 'care-date', mark: '▾', format: readable }

type OneKey = 'category' | 'helpKind' | 'lawfulBasis'
/** The fields that take one of a few choices. */
const ONE_OF: Record<OneKey, { id: string; label: string; hint?: string; options: readonly string[]; labels: Record<string, string> }> = {
  category: { id: 'care-category', label: '走访对象类别', options: CARE_CATEGORIES, labels: CARE_CATEGORY_LABELS },
  helpKind: { id: 'care-help', label: '帮扶方式', options: CARE_HELP_KINDS, labels: CARE_HELP_LABELS },
  lawfulBasis: { id: 'care-basis', label: '处理依据', hint: '记录本人同意的方式，或依法履职', options: CARE_LAWFUL_BASES, labels: CARE_LAWFUL_BASIS_LABELS },
}

function OneOf({ f, name }: { f: FormState<CareFormValues>; name: OneKey }) {
  const { id, label, hint, options, labels } = ONE_OF[name]
  const value = f.values[name]
  return (
    <FormField label={label} required hint={hint} error={f.errors[name]}>
      <ChoiceChips id={id} options={options} labels={labels} selected={value ? [value] : []} onChange={(k) => f.set(name, k[0] as CareFormValues[OneKey])} />
    </FormField>
  )
}

function Form({ me, unitId }: { me: Me; unitId: string }) {
  const f = useCareForm(unitId, me.realName, Date.now())
  const v = f.values
  const e = f.errors
  if (f.saved) {
    return (
      <View className='care-page' id='care-saved'>
        <Text className='care-ok'>{CARE_TEXT.recorded}</Text>
        <Text className='care-line'>{f.saved.counted ? CARE_TEXT.countedYes : CARE_TEXT.countedNo}</Text>
        <Button id='care-saved-open' type='primary' size='large' block onClick={() => replace(CARE_ROUTES.visit(f.saved!.id))}>
          查看这条记录
        </Button>
      </View>
    )
  }
  return (
    <View className='care-page' id='care-form'>
      <Text className='care-notice'>{CARE_TEXT.privacy}</Text>
      <View className='care-card'>
        <OneOf f={f} name='category' />
        <FormField label='走访对象' required error={e.picked}>
          <ChoiceChips id='care-way' options={CARE_PERSON_WAYS} labels={CARE_PERSON_WAY_LABELS} selected={[v.way]} onChange={(k) => f.setWay(k[0])} />
          {v.way !== 'entered' && <PersonPicker key={v.way} unitId={unitId} source={v.way} picked={v.picked} onPick={f.pick} />}
        </FormField>
        {v.way === 'entered' && (
          <>
            <TextField id='care-name' label='姓名' required limit={L.personName} {...bind(f, 'name')} />
            <TextField id='care-phone' label='手机号' required type='number' limit={L.phone} {...bind(f, 'phone')} />
          </>
        )}
      </View>
      <View className='care-card'>
        <FormField label='困难类型' required hint={L.difficulties.hint} error={e.difficulties}>
          <ChoiceChips
            id='care-difficulties'
            multiple
            options={CARE_DIFFICULTIES}
            labels={CARE_DIFFICULTY_LABELS}
            selected={v.difficulties}
            onChange={(k) => f.set('difficulties', k)}
          />
        </FormField>
        <TextAreaField id='care-note' label='情况说明' className='care-textarea' autoHeight limit={L.note} {...bind(f, 'note')} />
      </View>
      <View className='care-card'>
        <OneOf f={f} name='helpKind' />
        <NumberField id='care-amount' label='金额（元）' required limit={L.amount} {...bind(f, 'amount')} />
        <TextField id='care-help-detail' label='帮扶内容' limit={L.helpDetail} hint='例如：米、油、棉被' {...bind(f, 'helpDetail')} />
      </View>
      <View className='care-card'>
        <DateField id='care-visited-on' label='走访日期' required {...DATE_ROW} empty='选择日期' {...bind(f, 'visitedOn')} />
        <TextField id='care-visitors' label='走访人' required hint='多人用顿号分开' {...bind(f, 'visitors')} />
        <DateField
          id='care-follow-up-on'
          label='回访日期'
          hint='需要回访时选择'
          {...DATE_ROW}
          empty='不需要回访'
          opensOn={v.visitedOn}
          {...bind(f, 'followUpOn')}
        />
        <OneOf f={f} name='lawfulBasis' />
      </View>
      {f.serverError && <Text className='care-error'>{f.serverError.message}</Text>}
      {Object.keys(e).length > 0 && <Text className='care-error'>请按提示修改后再提交</Text>}
      <View className='care-actions'>
        <Button id='care-submit' type='primary' size='large' block loading={f.busy} onClick={() => void f.submit()}>
          保存走访记录
        </Button>
      </View>
    </View>
  )
}

export default function CareRecordPage() {
  const { params } = useRouter()
  return <WithMe>{(me) => <Form me={me} unitId={String(params.unitId ?? '')} />}</WithMe>
}
