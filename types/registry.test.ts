// Properties every action in the registry must have, checked for all of them (new ones included).
import * as v from 'valibot'
import { actionNames, actions, functionOf } from './actions/index'

describe.each(actionNames)('%s', (name) => {
  const spec = actions[name]

  test('is named domain.verb', () => {
    expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
    expect(functionOf(name)).toBe(name.split('.')[0])
  })

  test('refuses unknown input fields (strict schema)', () => {
    expect(v.safeParse(spec.input, { surelyNotAField: 1 }).success).toBe(false)
  })

  test('says who may call it', () => {
    expect(['anyone', 'user', 'member']).toContain(spec.access.who)
    if (spec.access.who === 'member') expect(spec.access.roles.length).toBeGreaterThan(0)
  })
})
