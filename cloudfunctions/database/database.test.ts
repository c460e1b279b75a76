// The database declarations that get configured in the cloud console.
import fs from 'node:fs'
import path from 'node:path'
import { collections } from './collections'

const rules = JSON.parse(fs.readFileSync(path.join(__dirname, 'security-rules.json'), 'utf8')) as Record<string, unknown>

test('every collection is closed to the mini-program: read:false, write:false', () => {
  expect(Object.keys(rules).sort()).toEqual(collections.map((c) => c.name).sort())
  for (const c of collections) expect(rules[c.name]).toEqual({ read: false, write: false })
})

test('collection and index names are unique; every index has fields', () => {
  const names = collections.map((c) => c.name)
  expect(new Set(names).size).toBe(names.length)
  for (const c of collections) {
    const indexNames = c.indexes.map((i) => i.name)
    expect(new Set(indexNames).size).toBe(indexNames.length)
    for (const i of c.indexes) expect(i.fields.length).toBeGreaterThan(0)
  }
})

test('every collection indexed by unitPath is rewritten when a unit moves', async () => {
  const { UNIT_SCOPED_COLLECTIONS } = await import('./collections')
  const withUnitPath = collections.filter((c) => c.indexes.some((i) => i.fields.some(([f]) => f === 'unitPath'))).map((c) => c.name)
  expect([...UNIT_SCOPED_COLLECTIONS].sort()).toEqual(expect.arrayContaining(withUnitPath.sort()))
})

test('functions open to callers without sign-in (Moments single-page mode) are exactly those with public actions', async () => {
  const { actions, actionNames, functionOf } = await import('../../types/actions/index')
  const functionRules = JSON.parse(fs.readFileSync(path.join(__dirname, 'function-rules.json'), 'utf8')) as Record<string, { invoke: unknown }>
  const publicFunctions = [...new Set(actionNames.filter((n) => actions[n].access.who === 'anyone').map(functionOf))].sort()
  const open = Object.keys(functionRules)
    .filter((k) => k !== '*' && functionRules[k].invoke === true)
    .sort()
  expect(open).toEqual(publicFunctions)
  expect(functionRules['*']).toEqual({ invoke: 'auth != null' })
})
