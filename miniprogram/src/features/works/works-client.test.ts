// What the works pages tell people, checked without a server: the status line an author reads, and
// the form's own check of the limits before anything is sent.
import { describeWork } from './components/work-status'
import { checkValues } from './hooks/use-work-form'

const unit = (type: 'grassroots' | 'industry' | 'city', name: string) => ({
  unit: { id: name, name, type },
  passes: type === 'grassroots' ? 0 : type === 'industry' ? 1 : 2,
})

test('each status reads as one tag and one plain sentence, with the reason when there is one', () => {
  expect(describeWork({ status: 'draft', stage: null, reason: '' })).toMatchObject({ tone: 'muted', label: '草稿' })
  expect(describeWork({ status: 'blocked', stage: null, reason: '第 2 张图片未通过内容安全检查' })).toEqual({
    tone: 'rejected',
    label: '未通过检查',
    line: '第 2 张图片未通过内容安全检查',
  })
  expect(describeWork({ status: 'reviewing', stage: unit('grassroots', '华中机械制造有限公司工会'), reason: '' })).toEqual({
    tone: 'pending',
    label: '待审核',
    line: '等待「华中机械制造有限公司工会」审核',
  })
  expect(describeWork({ status: 'reviewing', stage: unit('industry', '经开区工会'), reason: '' })).toEqual({
    tone: 'pending',
    label: '已选送',
    line: '单位已选送，等待「经开区工会」审核',
  })
  expect(describeWork({ status: 'reviewing', stage: unit('city', '市总工会'), reason: '' })).toMatchObject({ label: '待遴选' })
  expect(describeWork({ status: 'rejected', stage: null, reason: '照片太暗' })).toEqual({ tone: 'rejected', label: '未通过', line: '照片太暗' })
  expect(describeWork({ status: 'exhibited', stage: null, reason: '' })).toMatchObject({ tone: 'approved', label: '已入展' })
})

test('the form says what is missing or too long, field by field, before sending', () => {
  const image = { fileID: 'cloud://env/works/u/a.jpg', url: '' }
  expect(checkValues({ category: undefined, title: '', description: '', images: [] })).toEqual({
    category: '请选择作品类别',
    title: '请填写作品名称（至少 2 个字）',
    description: '请写几句作品介绍（至少 5 个字）',
    images: '请至少上传 1 张作品照片',
  })
  expect(checkValues({ category: '书法', title: '字'.repeat(31), description: '介'.repeat(501), images: Array(10).fill(image) })).toEqual({
    title: '作品名称不能超过 30 个字',
    description: '作品介绍不能超过 500 个字',
    images: '最多 9 张照片',
  })
  // spaces around do not count
  expect(checkValues({ category: '湘绣', title: '  洞庭秋色  ', description: ' 一幅湘绣作品。 ', images: [image] })).toEqual({})
})
