// The one decision flow: a row's refusal asks for a reason (preset or typed, within the contract's
// bounds), a batch goes through the bar, decided rows leave the list, and what failed says so.
import TestUtils from '@tarojs/test-utils-react'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chars } from '@contract/limits'
import { useDecisions, type DecisionOutcome } from '../../hooks/use-decisions'
import { DecisionBar, DecisionButtons, DecisionDialog, SelectAll } from '.'

type Row = { id: string; name: string }
const sent: Array<[string, string[], string]> = []
let answer: (ids: string[]) => DecisionOutcome = (ids) => ({ decided: ids })

function Harness() {
  const [items, setItems] = useState<Row[]>([
    { id: 'a', name: '张三' },
    { id: 'b', name: '李四' },
    { id: 'c', name: '王五' },
  ])
  const d = useDecisions(
    { items, setItems },
    {
      approve: { send: async (rows) => (sent.push(['approve', rows.map((r) => r.id), '']), answer(rows.map((r) => r.id))), done: (n) => `已通过 ${n} 人` },
      reject: {
        reason: { title: '不通过', quick: ['不是本单位职工'], limit: chars(2, 10), subject: ([r]) => r.name },
        send: async (rows, reason) => (sent.push(['reject', rows.map((r) => r.id), reason]), answer(rows.map((r) => r.id))),
        done: () => '已告知对方未通过',
      },
    },
    { unitWord: '人' },
  )
  return (
    <View>
      <SelectAll flow={d} count={items.length} unitWord='人' />
      {items.map((r) => (
        <View key={r.id} className={`row row-${r.id}`}>
          <Text onClick={() => d.toggle(r.id)}>{r.name}</Text>
          <DecisionButtons
            buttons={[
              { text: '不通过', danger: true, onClick: () => d.start('reject', [r]) },
              { text: '通过', onClick: () => d.start('approve', [r]) },
            ]}
          />
        </View>
      ))}
      <DecisionBar flow={d} unitWord='人' actions={[{ kind: 'approve', text: '全部通过', id: 'approve-selected' }]} />
      <DecisionDialog flow={d} />
    </View>
  )
}

let utils: TestUtils
beforeEach(async () => {
  sent.length = 0
  answer = (ids) => ({ decided: ids })
  document.body.innerHTML = ''
  utils = new TestUtils()
  await utils.mount(() => <Harness />)
})
afterEach(() => utils.unmout())

const byText = (text: string, root: ParentNode = document) =>
  Array.from(root.querySelectorAll('*')).find((el) => el.textContent === text && el.children.length === 0) as Element
const click = async (el: Element) => {
  utils.fireEvent.click(el)
  await new Promise((r) => setTimeout(r, 0))
  await utils.act(async () => {})
}
const rows = () => Array.from(document.querySelectorAll('.row')).map((r) => r.className.replace('row row-', ''))

test('a refusal needs a reason within the bounds; the preset fills it; the row leaves', async () => {
  await click(byText('不通过', document.querySelector('.row-b')!))
  expect(document.querySelector('#reason-dialog')!.textContent).toContain('李四')
  await click(document.querySelector('.reason-dialog__confirm')!)
  expect(sent).toEqual([])
  expect(document.body.textContent).toContain('请填写不通过的原因')
  await click(byText('不是本单位职工'))
  await click(document.querySelector('.reason-dialog__confirm')!)
  expect(sent).toEqual([['reject', ['b'], '不是本单位职工']])
  expect(rows()).toEqual(['a', 'c'])
  expect(document.querySelector('#reason-dialog')).toBeNull()
})

test('a batch: pick all, the bar appears, one decision on every picked row', async () => {
  expect(document.querySelector('#approve-selected')).toBeNull()
  await click(byText('全选（3 人）'))
  expect(document.body.textContent).toContain('已选 3 人')
  await click(document.querySelector('#approve-selected')!)
  expect(sent).toEqual([['approve', ['a', 'b', 'c'], '']])
  expect(rows()).toEqual([])
  expect(document.querySelector('#approve-selected')).toBeNull()
})

test('a batch that partly fails keeps the rows that did not go through', async () => {
  answer = (ids) => ({ decided: ids.slice(0, 1), error: { code: 'COMMON.NETWORK', message: '网络不给力' } })
  await click(byText('张三'))
  await click(byText('王五'))
  await click(document.querySelector('#approve-selected')!)
  expect(sent).toEqual([['approve', ['a', 'c'], '']])
  expect(rows()).toEqual(['b', 'c'])
  expect(document.body.textContent).toContain('已选 1 人')
})
