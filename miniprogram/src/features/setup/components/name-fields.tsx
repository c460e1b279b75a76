// The caller's name, asked on day one's own pages (the first admin, a new chair) behind the privacy
// consent, as the profile page asks it: nobody on day one has a unit yet, and the profile page would
// send them to join one first.
import { Input, Text, View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import Button from '../../../components/button'
import FormField from '../../../components/form-field'
import PrivacySheet from '../../people/components/privacy-sheet'
import { usePrivacyGate } from '../../people/hooks/use-privacy-gate'
import { openPrivacyGuide } from '../../people/privacy'
import type { NameValues } from '../hooks/use-name-fields'
import './setup.scss'

export default function NameFields({ me, values, onChange }: { me: Me; values: NameValues; onChange: (v: NameValues) => void }) {
  const gate = usePrivacyGate(me)
  return (
    <View>
      {gate.agreed ? (
        <View>
          <FormField label='真实姓名' required hint='记录在操作日志中，单位工会据此认出您'>
            <Input
              id='real-name'
              className='form-field__input'
              value={values.realName}
              maxlength={20}
              placeholder='例如：张三'
              onInput={(e) => onChange({ ...values, realName: e.detail.value })}
            />
          </FormField>
          <FormField label='昵称' required>
            <Input
              id='nickname'
              className='form-field__input'
              type='nickname'
              value={values.nickname}
              maxlength={20}
              onInput={(e) => onChange({ ...values, nickname: e.detail.value })}
              onBlur={(e) => onChange({ ...values, nickname: e.detail.value })}
            />
          </FormField>
        </View>
      ) : (
        <View className='setup-card__actions'>
          <Text className='setup-card__text'>填写姓名前，请先阅读并同意《职工风采隐私保护指引》。</Text>
          <Button type='primary' size='large' block onClick={gate.reopen}>
            阅读并同意
          </Button>
        </View>
      )}
      <PrivacySheet visible={gate.sheetVisible} busy={gate.agreeing} onAgree={gate.agree} onDecline={gate.decline} onOpenGuide={openPrivacyGuide} />
    </View>
  )
}
