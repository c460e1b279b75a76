// The caller's name, asked on day one's own pages (the first admin, a new chair) behind the privacy
// consent, as the profile page asks it: nobody on day one has a unit yet, and the profile page would
// send them to join one first.
import { View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import { PEOPLE_LIMITS as L } from '@contract/limits/people'
import ConsentPrompt from '../../../components/form-field/consent-prompt'
import { TextField } from '../../../components/form-field/text-field'
import PrivacySheet from '../../people/components/privacy-sheet'
import { usePrivacyGate } from '../../people/hooks/use-privacy-gate'
import { openPrivacyGuide } from '../../people/privacy'
import type { NameValues } from '../hooks/use-name-fields'
import './setup.scss'

/** Day one's people have no unit yet: the name is for the log, where their union recognises them. */
const REAL_NAME = { hint: '记录在操作日志中，单位工会据此认出您', placeholder: '例如：张三' }

export default function NameFields({ me, values, onChange }: { me: Me; values: NameValues; onChange: (v: NameValues) => void }) {
  const gate = usePrivacyGate(me)
  const field = (key: keyof NameValues) => ({ value: values[key], onChange: (value: string) => onChange({ ...values, [key]: value }) })
  return (
    <View>
      {gate.agreed ? (
        <View>
          <TextField id='real-name' label='真实姓名' required limit={L.realName} {...REAL_NAME} {...field('realName')} />
          <TextField id='nickname' label='昵称' required type='nickname' limit={L.nickname} hint={false} {...field('nickname')} />
        </View>
      ) : (
        <ConsentPrompt
          className='setup-card__actions'
          textClass='setup-card__text'
          text='填写姓名前，请先阅读并同意《职工风采隐私保护指引》。'
          onRead={gate.reopen}
        />
      )}
      <PrivacySheet visible={gate.sheetVisible} busy={gate.agreeing} onAgree={gate.agree} onDecline={gate.decline} onOpenGuide={openPrivacyGuide} />
    </View>
  )
}
