// The shared form controls rendered with Taro's H5 components in jsdom: each takes its bound and hint
// from the contract's limit, hands typing to the form hook's setter and shows the hook's error.
import { useState } from 'react'
import { chars, digits, range } from '@contract/limits'
import { mounter } from '../../../test/mount'
import { settle, type } from '../../../test/competition-kit'
import { bind } from './bind'
import { DateField } from './date-field'
import FormError from './form-error'
import { NumberField } from './number-field'
import { TextAreaField } from './textarea-field'
import { TextField } from './text-field'

const mount = mounter()
const TITLE = chars(2, 12, (a, b) => `标题 ${a}–${b} 字`)
const COUNT = range(1, 5000)
const NOTE = chars(0, 30, (_a, b) => `最多 ${b} 字`)

/** A form hook of the same shape as the pages' (values, errors, set), recording what it was told. */
function useTinyForm(told: string[]) {
  const [values, setValues] = useState({ title: '', count: '', note: '' })
  const errors = { title: values.title === '坏' ? '标题不对' : undefined }
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => {
    told.push(`${key}=${value}`)
    setValues((v) => ({ ...v, [key]: value }))
  }
  return { values, errors, set }
}

function Form({ told, titleHint }: { told: string[]; titleHint?: string | false }) {
  const f = useTinyForm(told)
  return (
    <>
      <TextField id='title' label='标题' required limit={TITLE} hint={titleHint} {...bind(f, 'title')} />
      <NumberField id='count' label='名额' limit={COUNT} unit={{ text: '人', row: 'row', input: 'row__input', unit: 'row__unit' }} {...bind(f, 'count')} />
      <TextAreaField id='note' label='说明' limit={NOTE} className='note' counter='note__count' {...bind(f, 'note')} />
    </>
  )
}

const input = (sel: string) => document.querySelector(`${sel} input, ${sel} textarea`) as HTMLInputElement

test('the limit gives the maxlength (a number: its digits) and the hint', async () => {
  const { text } = await mount(<Form told={[]} />)
  expect(input('#title').getAttribute('maxlength')).toBe(String(TITLE.max))
  expect(input('#count').getAttribute('maxlength')).toBe(String(digits(COUNT)))
  expect(text).toContain('标题 2–12 字')
  expect(document.querySelector('.row .row__unit')?.textContent).toBe('人')
  expect(document.querySelector('#count')?.className).toContain('form-field__input row__input')
})

test('a hint of its own replaces the limit’s; false shows none', async () => {
  let page = await mount(<Form told={[]} titleHint='写清楚' />)
  expect(page.text).toContain('写清楚')
  expect(page.text).not.toContain('标题 2–12 字')
  page = await mount(<Form told={[]} titleHint={false} />)
  expect(page.text).not.toContain('写清楚')
  expect(page.text).not.toContain('标题 2–12 字')
  expect(page.text).toContain('最多 30 字')
})

test('typing reaches the hook’s setter under the field’s key, and the hook’s error shows under it', async () => {
  const told: string[] = []
  await mount(<Form told={told} />)
  type('#title', '坏')
  type('#count', '30')
  await settle()
  expect(told).toEqual(['title=坏', 'count=30'])
  expect(document.querySelector('.form-field--error [role=alert]')?.textContent).toBe('标题不对')
})

test('the counter counts as the server does: trimmed', async () => {
  await mount(<Form told={[]} />)
  const area = input('#note')
  area.value = '  十个字以内  '
  area.dispatchEvent(new Event('input', { bubbles: true }))
  await settle()
  expect(document.querySelector('.note__count')?.textContent).toBe(`5/${NOTE.max}`)
})

test('a date row says what to do without a date and writes the chosen one', async () => {
  const props = { id: 'd', label: '日期', className: 'date', empty: '请选择', mark: '▾', onChange: () => undefined }
  let page = await mount(<DateField {...props} value='' />)
  expect(page.text).toContain('请选择')
  page = await mount(<DateField {...props} value='2027-05-01' format={(d) => d.replace(/-/g, '/')} />)
  expect(page.text).toContain('2027/05/01')
  expect(page.text).not.toContain('请选择')
})

test('the form error line is there only with a message', async () => {
  let page = await mount(<FormError className='err' message={undefined} />)
  expect(document.querySelector('.err')).toBeNull()
  page = await mount(<FormError className='err' id='form-error' message='保存失败' />)
  expect(page.text).toContain('保存失败')
  expect(document.querySelector('#form-error')?.getAttribute('role')).toBe('alert')
})
