import { View } from '@tarojs/components'
import Button from '../button'

/** One of a form's steps: its button's id, class and words, busy while it runs, and what it does. */
export interface FormStep {
  id: string
  text: string
  className?: string
  loading: boolean
  disabled?: boolean
  onClick: () => void
}

/** Keep as a draft (outlined) beside the step that sends the form on (solid), as two large buttons. */
export function DraftAndSubmit({ draft, submit }: { draft: FormStep; submit: FormStep }) {
  return (
    <>
      <StepButton step={draft} fill='outline' />
      <StepButton step={submit} />
    </>
  )
}

function StepButton({ step, fill }: { step: FormStep; fill?: 'outline' }) {
  return (
    <Button
      id={step.id}
      className={step.className}
      type='primary'
      fill={fill}
      size='large'
      loading={step.loading}
      disabled={step.disabled}
      onClick={step.onClick}
    >
      {step.text}
    </Button>
  )
}

/** A form that sends itself on or keeps a draft, busy while either runs. */
export interface DraftingForm {
  busy: boolean
  submit: () => void
  saveDraft: () => void
}

/**
 * The same two steps as full-width tappable blocks in a page's own look (`block`, `block--busy`,
 * `block--plain`): the one that sends the form first, 保存草稿 under it.
 */
export function SubmitThenDraft({
  block,
  form,
  submit,
  draftId,
}: {
  block: string
  form: DraftingForm
  submit: { id: string; text: string }
  draftId: string
}) {
  return (
    <>
      <View className={`${block}${form.busy ? ` ${block}--busy` : ''}`} id={submit.id} onClick={form.submit}>
        {submit.text}
      </View>
      <View className={`${block} ${block}--plain`} id={draftId} onClick={form.saveDraft}>
        保存草稿
      </View>
    </>
  )
}
