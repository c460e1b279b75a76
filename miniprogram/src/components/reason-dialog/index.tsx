import { Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import Button from '../button'
import Sheet from '../sheet'
import './index.scss'

export interface ReasonDialogProps {
  visible: boolean
  title: string
  /** Who or what is being turned down, so the chair knows they picked the right one. */
  subject?: string
  /** One-tap reasons that fill the box (still editable). */
  quickReasons?: string[]
  busy: boolean
  onConfirm: (reason: string) => void
  onCancel: () => void
  /** The contract's bounds of the reason (e.g. ORG_LIMITS.reason); the flow passes them. */
  minLength?: number
  maxLength?: number
  /** For a decision that is not a refusal (e.g. returning for revision): the box's label and the button. */
  label?: string
  confirmText?: string
}

/** Turning something down always says why: the person sees this reason. */
export default function ReasonDialog({
  visible,
  title,
  subject,
  quickReasons = [],
  busy,
  onConfirm,
  onCancel,
  minLength = 1,
  maxLength = 100,
  label = '不通过的原因（必填，对方会看到）',
  confirmText = '确定不通过',
}: ReasonDialogProps) {
  const [reason, setReason] = useState('')
  const [touched, setTouched] = useState(false)
  // Each opening starts empty: a reason typed for one person must not carry over to the next.
  useEffect(() => {
    if (visible) {
      setReason('')
      setTouched(false)
    }
  }, [visible])
  const trimmed = reason.trim()
  const missing = touched && trimmed.length === 0
  const short = touched && trimmed.length > 0 && trimmed.length < minLength

  return (
    <Sheet
      visible={visible}
      title={title}
      onClose={busy ? undefined : onCancel}
      id='reason-dialog'
      footer={
        <Button
          className='reason-dialog__confirm'
          type='primary'
          size='large'
          block
          loading={busy}
          onClick={() => {
            setTouched(true)
            if (trimmed.length >= Math.max(1, minLength)) onConfirm(trimmed)
          }}
        >
          {confirmText}
        </Button>
      }
    >
      {subject && <Text className='reason-dialog__subject'>{subject}</Text>}
      <Text className='reason-dialog__label'>{label}</Text>
      {quickReasons.length > 0 && (
        <View className='reason-dialog__quick'>
          {quickReasons.map((q) => (
            <Text key={q} className='reason-dialog__chip' onClick={() => setReason(q)}>
              {q}
            </Text>
          ))}
        </View>
      )}
      <Textarea
        id='reason-input'
        className={`reason-dialog__input${missing ? ' reason-dialog__input--error' : ''}`}
        value={reason}
        maxlength={maxLength}
        placeholder='请写明原因，例如：不是本单位职工'
        onInput={(e) => setReason(e.detail.value)}
        onBlur={() => setTouched(true)}
      />
      <View className='reason-dialog__foot'>
        {missing || short ? (
          <View className='reason-dialog__error' role='alert'>
            {missing ? '请填写不通过的原因' : `原因至少 ${minLength} 个字`}
          </View>
        ) : (
          <Text />
        )}
        <Text className='reason-dialog__count'>
          {reason.length}/{maxLength}
        </Text>
      </View>
    </Sheet>
  )
}
