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
