// The public honours pages' blocks (certificate check answer, a notice line), rendered with Taro's H5
// components in jsdom.
import type { Verification } from '@contract/entities/honours'
import { mounter } from '../../../test/mount'
import VerificationCard from './components/verification-card'
import NoticeLineRow from './components/notice-line'

const v: Verification = {
  number: '2027-0001-K7QM',
  name: '张三',
  category: '劳动模范',
  issuer: '市总工会',
  issuedAt: Date.UTC(2027, 3, 28, 2),
  status: 'valid',
  revokedReason: '',
}

// Each test starts from an empty document, so text found belongs to what that test rendered.
const mountPage = mounter()
const mount = async (node: JSX.Element) => (await mountPage(node)).text

test('a valid certificate: name, honour, issuer, date, number', async () => {
  const text = await mount(<VerificationCard answer={{ kind: 'found', v }} />)
  for (const s of ['证书有效', '张三', '劳动模范', '市总工会', '2027-0001-K7QM']) expect(text).toContain(s)
  expect(text).not.toContain('撤销')
})

test('a revoked certificate says so, with the reason', async () => {
  const text = await mount(<VerificationCard answer={{ kind: 'found', v: { ...v, status: 'revoked', revokedReason: '事迹经查不实' } }} />)
  expect(text).toContain('证书已撤销')
  expect(text).toContain('撤销原因：事迹经查不实')
})

test('a forged number is answered clearly', async () => {
  const text = await mount(<VerificationCard answer={{ kind: 'none', message: '请核对证书编号；如有疑问请联系市总工会' }} />)
  expect(text).toContain('查无此证书')
  expect(text).toContain('请核对证书编号')
})

test('a notice line shows name, unit, job and honour; the objection link only where offered', async () => {
  const line = { id: 'n1', name: '王明', unitName: '华中机械制造有限公司工会', job: '数控车工', category: '先进工作者' as const }
  const open = await mount(<NoticeLineRow line={line} onObject={() => undefined} />)
  for (const s of ['王明', '华中机械制造有限公司工会', '数控车工', '先进工作者', '提出异议']) expect(open).toContain(s)
  expect(await mount(<NoticeLineRow line={line} />)).not.toContain('提出异议')
})
