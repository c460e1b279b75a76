import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { HONOUR_CATEGORIES, HONOUR_LIMITS as L, type NominationView } from '@contract/entities/honours'
import type { Me } from '@contract/entities/people'
import FormField from '../../../components/form-field'
import { bind } from '../../../components/form-field/bind'
import { FieldInput } from '../../../components/form-field/field-input'
import { TextAreaField } from '../../../components/form-field/textarea-field'
import { TextField } from '../../../components/form-field/text-field'
import { SubmitThenDraft } from '../../../components/form-field/steps'
import ImagePicker from '../../../components/image-picker'
import { Loaded } from '../../../components/page-state'
import WithMe from '../../../components/with-me'
import MemberMatch from '../../../features/honours/components/member-match'
import { useNominationForm } from '../../../features/honours/hooks/use-nomination-form'
import { useOwnNomination } from '../../../features/honours/hooks/use-own-nomination'
import '../../../features/honours/styles/honours.scss'

const DEEDS = { limit: L.deeds, className: 'hon__textarea', autoHeight: true, counter: 'hon__muted' }

function Form({ me, unitId, existing }: { me: Me; unitId: string; existing: NominationView | undefined }) {
  const f = useNominationForm(unitId, existing, () => void Taro.navigateBack())
  const v = f.values
  const locked = Boolean(v.nomineeUserId)
  const rename = (name: string) => {
    f.set('nomineeName', name)
    if (locked) f.set('nomineeUserId', undefined)
  }
  return (
    <View className='hon' id='nominate-form'>
      {existing?.status === 'returned' && (
        <View className='hon__card'>
          <Text className='hon__title'>上级工会退回了这条推荐</Text>
          <Text className='hon__text'>原因：{existing.reason}</Text>
        </View>
      )}
      <View className='hon__card'>
        <FormField label='被推荐人姓名' required error={f.errors.nomineeName || f.errors.nomineeUserId}>
          <FieldInput id='nominee-name' className='hon__input' maxlength={L.nomineeName.max} placeholder='真实姓名' value={v.nomineeName} onChange={rename} />
          <MemberMatch
            unitId={unitId}
            name={v.nomineeName}
            linked={v.nomineeUserId}
            onPick={(m) => {
              f.set('nomineeUserId', m.userId)
              f.set('nomineeName', m.realName)
              if (!v.job && m.job) f.set('job', m.job)
            }}
          />
        </FormField>
        <TextField id='nominee-job' label='岗位' required inputClass='hon__input' limit={L.job} {...bind(f, 'job')} />
        <FormField label='荣誉类别' required error={f.errors.category}>
          <View className='hon__choices'>
            {HONOUR_CATEGORIES.map((c) => (
              <Text key={c} className={`hon__choice${v.category === c ? ' hon__choice--on' : ''}`} onClick={() => f.set('category', c)}>
                {c}
              </Text>
            ))}
          </View>
        </FormField>
        <TextAreaField id='nominee-deeds' label='主要事迹' required {...DEEDS} {...bind(f, 'deeds')} />
        <FormField label='照片' error={f.errors.photo} hint='本人近期正面照片，通过检测后才会显示；更换照片请重新选择'>
          <ImagePicker
            cloudDir={`honours/${me.id}/`}
            max={1}
            maxSizeMb={L.imageMaxBytes / 1024 / 1024}
            value={v.photo?.fileID ? [v.photo] : []}
            onChange={(e) => f.onPhoto(e.detail)}
          />
        </FormField>
        <FormField label='本人同意' required error={f.errors.paperConsent}>
          <View className='hon__choices'>
            <Text className={`hon__choice${!v.paperConsent ? ' hon__choice--on' : ''}`} onClick={() => f.set('paperConsent', false)}>
              请本人在小程序确认
            </Text>
            <Text className={`hon__choice${v.paperConsent ? ' hon__choice--on' : ''}`} id='paper-consent' onClick={() => f.set('paperConsent', true)}>
              已收书面同意书
            </Text>
          </View>
          {!v.paperConsent && (
            <Text className='hon__muted'>{locked ? '提交后，本人在「我的 → 我的荣誉」里确认。' : '本人还没有使用小程序时，请收取书面同意书。'}</Text>
          )}
        </FormField>
      </View>
      <SubmitThenDraft block='hon__button' form={f} submit={{ id: 'nominate-submit', text: '提交推荐' }} draftId='nominate-draft' />
    </View>
  )
}

function Page({ me }: { me: Me }) {
  const { params } = useRouter()
  const unitId = params.unitId ?? ''
  const own = useOwnNomination(unitId, params.id)
  return (
    <Loaded state={own} data={own.data}>
      {(found) => <Form me={me} unitId={unitId} existing={found.nomination} />}
    </Loaded>
  )
}

/** 推荐先进职工: a unit chair's nomination form (new, or a draft / returned one to continue). */
export default function NominatePage() {
  return <WithMe>{(me) => <Page me={me} />}</WithMe>
}
