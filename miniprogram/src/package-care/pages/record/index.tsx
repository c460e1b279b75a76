import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
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
import { digits } from '@contract/limits'
import Button from '../../../components/button'
import FormField from '../../../components/form-field'
import WithMe from '../../../components/with-me'
import ChoiceChips from '../../../features/care/components/choice-chips'
import PersonPicker from '../../../features/care/components/person-picker'
import { CARE_PERSON_WAYS, CARE_PERSON_WAY_LABELS, useCareForm } from '../../../features/care/hooks/use-care-form'
import { CARE_ROUTES } from '../../../features/care/routes'
import { CARE_TEXT } from '../../../features/care/text'
import { replace } from '../../../services/navigation'
import { formatFullDate, fromDateInput } from '../../../utils/date'
import '../../../features/care/care.scss'

const readable = (ymd: string, empty: string) => (ymd ? formatFullDate(fromDateInput(ymd, 'start')!) : empty)

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
        <FormField label='走访对象类别' required error={e.category}>
          <ChoiceChips
            id='care-category'
            options={CARE_CATEGORIES}
            labels={CARE_CATEGORY_LABELS}
            selected={v.category ? [v.category] : []}
            onChange={(k) => f.set('category', k[0])}
          />
        </FormField>
        <FormField label='走访对象' required error={e.picked}>
          <ChoiceChips id='care-way' options={CARE_PERSON_WAYS} labels={CARE_PERSON_WAY_LABELS} selected={[v.way]} onChange={(k) => f.setWay(k[0])} />
          {v.way !== 'entered' && <PersonPicker key={v.way} unitId={unitId} source={v.way} picked={v.picked} onPick={f.pick} />}
        </FormField>
        {v.way === 'entered' && (
          <>
            <FormField label='姓名' required hint={L.personName.hint} error={e.name}>
              <Input id='care-name' className='form-field__input' value={v.name} maxlength={L.personName.max} onInput={(x) => f.set('name', x.detail.value)} />
            </FormField>
            <FormField label='手机号' required hint={L.phone.hint} error={e.phone}>
              <Input
                id='care-phone'
                className='form-field__input'
                type='number'
                value={v.phone}
                maxlength={L.phone.max}
                onInput={(x) => f.set('phone', x.detail.value)}
              />
            </FormField>
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
        <FormField label='情况说明' hint={L.note.hint} error={e.note}>
          <Textarea id='care-note' className='care-textarea' value={v.note} maxlength={L.note.max} autoHeight onInput={(x) => f.set('note', x.detail.value)} />
        </FormField>
      </View>
      <View className='care-card'>
        <FormField label='帮扶方式' required error={e.helpKind}>
          <ChoiceChips
            id='care-help'
            options={CARE_HELP_KINDS}
            labels={CARE_HELP_LABELS}
            selected={v.helpKind ? [v.helpKind] : []}
            onChange={(k) => f.set('helpKind', k[0])}
          />
        </FormField>
        <FormField label='金额（元）' required hint={L.amount.hint} error={e.amount}>
          <Input
            id='care-amount'
            className='form-field__input'
            type='number'
            value={v.amount}
            maxlength={digits(L.amount)}
            onInput={(x) => f.set('amount', x.detail.value)}
          />
        </FormField>
        <FormField label='帮扶内容' hint='例如：米、油、棉被' error={e.helpDetail}>
          <Input
            id='care-help-detail'
            className='form-field__input'
            value={v.helpDetail}
            maxlength={L.helpDetail.max}
            onInput={(x) => f.set('helpDetail', x.detail.value)}
          />
        </FormField>
      </View>
      <View className='care-card'>
        <FormField label='走访日期' required error={e.visitedOn}>
          <Picker mode='date' value={v.visitedOn} onChange={(x) => f.set('visitedOn', String(x.detail.value))}>
            <View className='care-date' id='care-visited-on'>
              <Text>{readable(v.visitedOn, '选择日期')}</Text>
              <Text>▾</Text>
            </View>
          </Picker>
        </FormField>
        <FormField label='走访人' required hint='多人用顿号分开' error={e.visitors}>
          <Input id='care-visitors' className='form-field__input' value={v.visitors} onInput={(x) => f.set('visitors', x.detail.value)} />
        </FormField>
        <FormField label='回访日期' hint='需要回访时选择' error={e.followUpOn}>
          <Picker mode='date' value={v.followUpOn || v.visitedOn} onChange={(x) => f.set('followUpOn', String(x.detail.value))}>
            <View className='care-date' id='care-follow-up-on'>
              <Text>{readable(v.followUpOn, '不需要回访')}</Text>
              <Text>▾</Text>
            </View>
          </Picker>
        </FormField>
        <FormField label='处理依据' required hint='记录本人同意的方式，或依法履职' error={e.lawfulBasis}>
          <ChoiceChips
            id='care-basis'
            options={CARE_LAWFUL_BASES}
            labels={CARE_LAWFUL_BASIS_LABELS}
            selected={v.lawfulBasis ? [v.lawfulBasis] : []}
            onChange={(k) => f.set('lawfulBasis', k[0])}
          />
        </FormField>
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
