import type { Me, MyRole } from '@contract/entities/people'
import { CARE_LIMITS } from '@contract/entities/care'
import { checkCareForm, splitVisitors, type CareFormValues } from './hooks/use-care-form'
import { careStaffEntries } from './text'

const city = { id: 'u-city', name: '市总工会', type: 'city' as const }
const jixie = { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会', type: 'grassroots' as const }
const withRoles = (roles: MyRole[]): Pick<Me, 'roles'> => ({ roles })

test('我的 offers care visits to chairs and care officers, the log to care officers only, nothing to workers, judges or a city admin alone', () => {
  const keys = (me: Pick<Me, 'roles'>) => careStaffEntries(me).map((e) => e.key)
  expect(keys(withRoles([{ role: 'worker', unit: jixie }]))).toEqual([])
  expect(keys(withRoles([{ role: 'judge', unit: city }]))).toEqual([])
  expect(keys(withRoles([{ role: 'city_admin', unit: city }]))).toEqual([])
  expect(keys(withRoles([{ role: 'unit_chair', unit: jixie }]))).toEqual(['care-visits'])
  expect(keys(withRoles([{ role: 'care_officer', unit: city }]))).toEqual(['care-visits', 'care-log'])
})

const filled: CareFormValues = {
  way: 'entered',
  picked: undefined,
  name: '陈建国',
  phone: '13812345678',
  category: 'hardship',
  difficulties: ['illness'],
  note: '',
  helpKind: 'money',
  amount: '2000',
  helpDetail: '',
  visitedOn: '2027-04-28',
  visitors: '王五、刘会计',
  followUpOn: '',
  lawfulBasis: 'writtenConsent',
}

test('the form checks what the server checks, with the same bounds', () => {
  expect(checkCareForm(filled)).toEqual({})
  expect(
    Object.keys(
      checkCareForm({ ...filled, name: '', phone: '1234', category: undefined, difficulties: [], helpKind: undefined, lawfulBasis: undefined }),
    ).sort(),
  ).toEqual(['category', 'difficulties', 'helpKind', 'lawfulBasis', 'name', 'phone'])
  expect(checkCareForm({ ...filled, note: '很'.repeat(CARE_LIMITS.note.max + 1) }).note).toBeDefined()
  expect(checkCareForm({ ...filled, amount: String(CARE_LIMITS.amount.max + 1) }).amount).toBeDefined()
  expect(checkCareForm({ ...filled, followUpOn: '2027-04-27' }).followUpOn).toBe('回访日期不能早于走访日期')
  expect(checkCareForm({ ...filled, visitors: '甲、乙、丙、丁、戊、己' }).visitors).toBeDefined()
  expect(splitVisitors('王五、 刘会计,张三')).toEqual(['王五', '刘会计', '张三'])
})

test('a picked person needs a pick, not a name and phone; a commended model worker is visited as 劳动模范', () => {
  const member = { kind: 'member' as const, id: 'user-demo-worker', name: '张三', unitName: jixie.name, honour: '', certificateNo: '' }
  const commended = { ...member, kind: 'commended' as const, id: 'nom-1', honour: '劳动模范', certificateNo: '2027-0001-ABCD' }
  expect(checkCareForm({ ...filled, way: 'member', name: '', phone: '' })).toEqual({ picked: '请查找并选择走访对象' })
  expect(checkCareForm({ ...filled, way: 'member', picked: member, name: '', phone: '' })).toEqual({})
  expect(Object.keys(checkCareForm({ ...filled, way: 'commended', picked: commended }))).toEqual(['category'])
  expect(checkCareForm({ ...filled, way: 'commended', picked: commended, category: 'model' })).toEqual({})
})
