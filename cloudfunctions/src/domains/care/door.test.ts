// The care collections have one door: only the care repository (repo.ts) and the access log (access-log-repo.ts)
// name them; every other source file, in every function, reaches care data through the care function
// or not at all. The declaration of care.visit's scope names care_visits so the wrapper can check the
// record's unit before the handler runs; nothing else does.
import fs from 'node:fs'
import path from 'node:path'
import { collections } from '../../../database/collections'

const SRC = path.join(__dirname, '..', '..')
const CARE_COLLECTIONS = collections.filter((c) => c.sensitive).map((c) => c.name)

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sources(p)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : []
  })
}

test('the sensitive collections are the care collections, closed to everything but their repository', () => {
  expect(CARE_COLLECTIONS.sort()).toEqual(['care_access_log', 'care_people', 'care_state', 'care_visits'])
  const naming = sources(SRC).filter((f) => CARE_COLLECTIONS.some((c) => fs.readFileSync(f, 'utf8').includes(`'${c}'`)))
  expect(naming.map((f) => path.relative(SRC, f)).sort()).toEqual(['domains/care/access-log-repo.ts', 'domains/care/repo.ts'])
})

test('the access log module offers appending and reading only', async () => {
  const door = await import('./access-log-repo')
  const text = fs.readFileSync(path.join(__dirname, 'access-log-repo.ts'), 'utf8')
  expect(text).not.toMatch(/\.(remove|update)\(\{|\.doc\([^)]*\)\.(remove|update)\(/)
  expect(text.match(/collection<CareLogDoc>\('care_access_log'\)\.add\(/g)).toHaveLength(1)
  expect(
    Object.keys(door)
      .filter((k) => typeof (door as Record<string, unknown>)[k] === 'function')
      .sort(),
  ).toEqual(['append', 'appendIn', 'entryHash', 'readPage', 'verify'])
})
