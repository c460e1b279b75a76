import { Input, Text, View } from '@tarojs/components'
import { INVITE_CODE_LENGTH, inviteCodeHint, normalizeInviteCode } from '../../../org/invite-code'
import './index.scss'

export interface InviteCodeInputProps {
  value: string
  onChange: (code: string) => void
  id?: string
  error?: string
  focus?: boolean
}

/**
 * The 8-character code, large and spaced out like the printed code. Typing is forgiving: lower case
 * becomes upper case, spaces and dashes drop out; a character codes never use gets a hint at once.
 */
export default function InviteCodeInput({ value, onChange, id = 'invite-code', error, focus = false }: InviteCodeInputProps) {
  const hint = error ?? inviteCodeHint(value)
  return (
    <View className={`invite-code-input${hint ? ' invite-code-input--error' : ''}`}>
      <Input
        id={id}
        className='invite-code-input__field'
        value={value}
        // Room for spaces typed between groups; the value is trimmed to 8 as it comes in.
        maxlength={INVITE_CODE_LENGTH + 4}
        placeholder='8 位邀请码'
        placeholderClass='invite-code-input__placeholder'
        focus={focus}
        confirmType='done'
        onInput={(e) => {
          const code = normalizeInviteCode(e.detail.value)
          onChange(code)
          return code
        }}
      />
      <View className='invite-code-input__count'>
        <Text>
          已输入 {value.length} / {INVITE_CODE_LENGTH} 位
        </Text>
      </View>
      {hint && (
        <View className='invite-code-input__error' role='alert'>
          {hint}
        </View>
      )}
    </View>
  )
}
