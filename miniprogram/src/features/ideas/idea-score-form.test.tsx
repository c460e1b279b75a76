// The judge's form: a message stays only while what it asks for is missing.
import type { JudgeIdea } from '@contract/entities/ideas'
import { mounter } from '../../../test/mount'
import ScoreForm from './components/idea-score-form'

const mount = mounter()

const text = () => document.body.textContent ?? ''
const settle = () => new Promise((r) => setTimeout(r, 30))
const byText = (t: string) => Array.from(document.querySelectorAll('*')).find((el) => el.textContent === t && el.children.length === 0) as Element

test('三项都要打分 goes as soon as all three are set; 请写几句评语 stays until a comment is written', async () => {
  const { utils } = await mount(<ScoreForm idea={{ id: 'idea-1' } as JudgeIdea} onScored={jest.fn()} />)
  utils.fireEvent.click(byText('提交评分'))
  await settle()
  expect(text()).toContain('三项都要打分')
  expect(text()).toContain('请写几句评语')
  for (const label of ['创新性加一分', '可行性加一分', '效益加一分']) {
    const step = document.querySelector(`[aria-label="${label}"]`)
    expect(step).not.toBeNull()
    utils.fireEvent.click(step!)
    await settle()
  }
  expect(text()).not.toContain('三项都要打分')
  expect(text()).toContain('请写几句评语')
})
