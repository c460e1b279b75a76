// The page scaffold: one answer (Loaded) or a paged list (ListBody) in each of its states, as every
// list and detail page shows them.
import { Text } from '@tarojs/components'
import type { AppErrorBody } from '@contract/errors'
import { mounter } from '../../../test/mount'
import { ListBody, Loaded, type ListState } from '.'

const mountPage = mounter()
const mount = async (node: JSX.Element) => (await mountPage(node)).text

const failed: AppErrorBody = { code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' }
const list = (over: Partial<ListState<string>>): ListState<string> => ({
  items: [],
  hasMore: false,
  loading: false,
  loadingMore: false,
  error: undefined,
  reload: jest.fn(async () => undefined),
  loadMore: jest.fn(async () => undefined),
  ...over,
})
const rows = (items: string[]) => items.map((i) => <Text key={i}>{`行${i}`}</Text>)

test('a list: skeleton, then error with 重新加载, then the empty state, then rows with the footer', async () => {
  expect(
    await mount(
      <ListBody list={list({ loading: true })} empty={<Text>空的</Text>}>
        {rows}
      </ListBody>,
    ),
  ).toContain('加载中')
  const reload = jest.fn(async () => undefined)
  const text = await mount(
    <ListBody list={list({ error: failed, reload })} empty={<Text>空的</Text>}>
      {rows}
    </ListBody>,
  )
  expect(text).toContain('网络不给力')
  ;(document.querySelector('.page-state__retry') as HTMLElement).click()
  expect(reload).toHaveBeenCalled()
  expect(
    await mount(
      <ListBody list={list({})} empty={<Text>空的</Text>}>
        {rows}
      </ListBody>,
    ),
  ).toBe('空的')
  expect(
    await mount(
      <ListBody list={list({ items: ['1', '2'] })} empty={<Text>空的</Text>}>
        {rows}
      </ListBody>,
    ),
  ).toBe('行1行2没有更多了')
  expect(
    await mount(
      <ListBody list={list({ items: ['1'], hasMore: true, loadingMore: true })} empty={null}>
        {rows}
      </ListBody>,
    ),
  ).toBe('行1加载中…')
})

test('a refresh or a failed next page keeps the rows on screen', async () => {
  expect(
    await mount(
      <ListBody list={list({ items: ['1'], loading: true, error: failed })} empty={null}>
        {rows}
      </ListBody>,
    ),
  ).toBe('行1没有更多了')
})

test('one answer: skeleton while it comes, the error when it failed, the content once it is there', async () => {
  const state = { error: undefined, loading: true, reload: jest.fn(async () => undefined) }
  expect(
    await mount(
      <Loaded state={state} data={undefined}>
        {(d: string) => <Text>{d}</Text>}
      </Loaded>,
    ),
  ).toContain('加载中')
  expect(
    await mount(
      <Loaded state={{ ...state, loading: false, error: failed }} data={undefined}>
        {(d: string) => <Text>{d}</Text>}
      </Loaded>,
    ),
  ).toContain('没能加载出来')
  // A reload that fails keeps what was shown.
  expect(
    await mount(
      <Loaded state={{ ...state, loading: false, error: failed }} data='详情'>
        {(d: string) => <Text>{d}</Text>}
      </Loaded>,
    ),
  ).toBe('详情')
})

test('a list drawn row by row: each item once, inside the View named by id and className', async () => {
  const { text } = await mountPage(
    <ListBody list={list({ items: ['1', '2'] })} empty={<Text>空的</Text>} id='rows' className='rows-box' item={(i) => <Text key={i}>{`行${i}`}</Text>} />,
  )
  expect(text).toContain('行1行2')
  const box = document.getElementById('rows')
  expect(box?.className).toContain('rows-box')
  expect(box?.textContent).toBe('行1行2')
  // Without id or className the rows stand on the page with no box around them.
  await mountPage(<ListBody list={list({ items: ['3'] })} empty={null} item={(i) => <Text key={i}>{`行${i}`}</Text>} />)
  expect(document.querySelector('.rows-box')).toBeNull()
  expect(document.body.textContent).toContain('行3')
})
