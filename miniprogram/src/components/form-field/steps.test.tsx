// A form's steps and its consent prompt: the ids the pages and their tests tap, busy states, and
// where each tap goes.
import { mounter } from '../../../test/mount'
import ConsentPrompt from './consent-prompt'
import { DraftAndSubmit, SubmitThenDraft } from './steps'

const mount = mounter()
const click = (sel: string) => (document.querySelector(sel) as HTMLElement).click()

test('draft and submit: two buttons with their ids, the busy one takes no taps', async () => {
  const told: string[] = []
  await mount(
    <DraftAndSubmit
      draft={{ id: 'save', text: '保存草稿', loading: true, onClick: () => told.push('draft') }}
      submit={{ id: 'publish', text: '发布', loading: false, onClick: () => told.push('submit') }}
    />,
  )
  expect(document.querySelector('#save')?.textContent).toContain('保存草稿')
  click('#publish')
  click('#save')
  expect(told).toEqual(['submit'])
})

test('submit then draft: blocks in the page’s look, the busy modifier while the form runs', async () => {
  const told: string[] = []
  const form = { busy: true, submit: () => told.push('submit'), saveDraft: () => told.push('draft') }
  await mount(<SubmitThenDraft block='hon__button' form={form} submit={{ id: 'go', text: '提交审核' }} draftId='keep' />)
  expect(document.querySelector('#go')?.className).toBe('hon__button hon__button--busy')
  expect(document.querySelector('#keep')?.className).toBe('hon__button hon__button--plain')
  click('#keep')
  click('#go')
  expect(told).toEqual(['draft', 'submit'])
})

test('the consent prompt says why and opens the guide', async () => {
  let opened = 0
  const { text } = await mount(<ConsentPrompt className='gate' text='填写前请先同意' onRead={() => opened++} />)
  expect(text).toContain('填写前请先同意')
  click('.gate button, .gate .ui-button')
  expect(opened).toBe(1)
})
