// Demo care visits (展工会爱心) for the local cloud's first start, made through the real actions: the city
// admin 孙八 is made the city's care officer, 王五 records two visits at his unit (one with a follow-up due in
// a few days) and 赵六 one model worker at his union. Names are placeholders; phones are not real numbers.
import type { ActionName, InputOf, OutputOf } from '../../../types/actions/index'
import { functionOf } from '../../../types/actions/index'
import type { Result } from '../../../types/errors'
import type { LocalCloud } from '../index'

const DAY = 86400000

export async function seedCareDemo(cloud: LocalCloud, now: number = Date.now()): Promise<void> {
  async function call<N extends ActionName>(name: N, input: InputOf<N>, openid: string): Promise<OutputOf<N>> {
    const { result } = await cloud.runtime.invoke<Result<OutputOf<N>>>(functionOf(name), { action: name, input }, { OPENID: openid })
    if (!result.ok) throw new Error(`demo care: ${name} answered ${result.error.code}`)
    return result.data
  }
  await call('org.grantRole', { userId: 'user-demo-city-admin', role: 'care_officer', unitId: 'u-city' }, 'demo-city-admin')
  const common = { lawfulBasis: 'writtenConsent' as const, visitors: ['王五'] }
  await call(
    'care.record',
    {
      ...common,
      unitId: 'u-jkq-jixie',
      person: { kind: 'entered', name: '陈建华', phone: '19900000001' },
      category: 'hardship',
      difficulties: ['illness', 'lowIncome'],
      note: '爱人长期住院，家中收入低',
      help: [{ kind: 'money', amount: 2000, detail: '' }],
      visitedAt: now - 3 * DAY,
      followUpAt: now + 4 * DAY,
    },
    'demo-unit-chair',
  )
  await call(
    'care.record',
    {
      ...common,
      unitId: 'u-jkq-jixie',
      person: { kind: 'member', userId: 'user-demo-worker' },
      category: 'migrant',
      difficulties: ['schooling'],
      help: [{ kind: 'goods', amount: 500, detail: '书包、文具' }],
      visitedAt: now - 2 * DAY,
    },
    'demo-unit-chair',
  )
  await call(
    'care.record',
    {
      lawfulBasis: 'verbalConsent',
      visitors: ['赵六'],
      unitId: 'u-jkq',
      person: { kind: 'entered', name: '刘国强', phone: '19900000002' },
      category: 'model',
      difficulties: ['other'],
      note: '退休劳模，行动不便',
      help: [{ kind: 'service', amount: 0, detail: '上门体检' }],
      visitedAt: now - DAY,
    },
    'demo-area-chair',
  )
}
