// Day one, from an empty environment (no demo data) to a chair signing a worker up, through the real
// actions: the deployer's setup code claimed by the city union's IT contact, the union tree imported
// from a sheet, every chair invited, the campaign's dates and goals set, a chair accepting, a worker
// joining and a competition with the worker on the chair's team.
import fs from 'node:fs'
import { SETUP_CODE_ENV } from '../../../../types/actions/setup'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { readFirstSheet } from '../../lib/xlsx-read'
import { scanCode } from '../../../test/scan-code'
import { SMALL_TREE, sheetBytes, uploadSheet } from '../../../test/setup-sheets'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const IT = as('it-contact')
const CHAIR = as('chair-jixie')
const AREA = as('chair-jkq')
const WORKER = as('worker-jixie')
const CODE = 'k7Hq-2mPz-9xWc-4tRb'
const DAY = 86400000

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  delete process.env[SETUP_CODE_ENV]
  await cloud.stop()
})

const fileOf = (url: string) => fs.readFileSync(cloud.storage.resolveTempUrl(new URL(url).pathname + new URL(url).search)!.filePath)
const ok = <T>(res: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}`)
  return res.data
}

test('from an empty cloud to a chair signing a worker up', async () => {
  // 0. The environment is empty: nothing at all, and the app says setup is needed.
  expect(Object.values(cloud.db.dump()).every((docs) => docs.length === 0)).toBe(true)
  expect(ok(await cloud.call('org.setupStatus', {}, as('someone-opening-the-app')))).toEqual({ needsSetup: true, codeConfigured: false })
  // Without a code set by the deployer (or with a short one) nobody can claim: no default password.
  expect(await cloud.call('org.claimSetup', { code: '123456', cityName: '江城市总工会', realName: '林晓', nickname: '林老师' }, IT)).toMatchObject({
    ok: false,
    error: { code: 'SETUP.NOT_CONFIGURED' },
  })
  process.env[SETUP_CODE_ENV] = 'short-code'
  expect(await cloud.call('org.claimSetup', { code: 'short-code', cityName: '江城市总工会', realName: '林晓', nickname: '林老师' }, IT)).toMatchObject({
    ok: false,
    error: { code: 'SETUP.NOT_CONFIGURED' },
  })
  process.env[SETUP_CODE_ENV] = CODE
  expect(ok(await cloud.call('org.setupStatus', {}, as('someone-opening-the-app')))).toEqual({ needsSetup: true, codeConfigured: true })

  // 1. The IT contact claims the environment with the deployer's code and becomes the city admin.
  expect(await cloud.call('org.claimSetup', { code: CODE + 'x', cityName: '江城市总工会', realName: '林晓', nickname: '林老师' }, IT)).toMatchObject({
    ok: false,
    error: { code: 'SETUP.BAD_CODE' },
  })
  expect(cloud.db.dump().units).toHaveLength(0)
  const claimed = ok(await cloud.call('org.claimSetup', { code: CODE, cityName: '江城市总工会', realName: '林晓', nickname: '林老师' }, IT))
  expect(claimed.city).toMatchObject({ name: '江城市总工会', type: 'city' })
  const me = ok(await cloud.call('people.me', {}, IT))
  expect(me.roles.map((r) => [r.role, r.unit.name])).toEqual(expect.arrayContaining([['city_admin', '江城市总工会']]))
  expect(me.profileComplete).toBe(true)
  // Replayed, or claimed by someone else with the right code: refused, and the page is gone.
  expect(await cloud.call('org.claimSetup', { code: CODE, cityName: '江城市总工会', realName: '林晓', nickname: '林老师' }, IT)).toMatchObject({
    ok: false,
    error: { code: 'SETUP.ALREADY_DONE' },
  })
  expect(await cloud.call('org.claimSetup', { code: CODE, cityName: '另一个总工会', realName: '赵强', nickname: '赵' }, as('someone-else'))).toMatchObject({
    ok: false,
    error: { code: 'SETUP.ALREADY_DONE' },
  })
  expect(ok(await cloud.call('org.setupStatus', {}, as('someone-opening-the-app')))).toEqual({ needsSetup: false, codeConfigured: false })
  expect(cloud.db.dump().units).toHaveLength(1)

  // 2. The union tree: the template, then the filled sheet previewed and imported; importing it again changes nothing.
  const template = ok(await cloud.call('org.importTemplate', {}, IT))
  const header = readFirstSheet(new Uint8Array(fileOf(template.fileUrl)), 10)[0]
  expect(header.cells.map((c) => c?.text)).toEqual(['单位名称', '单位类型', '上级单位'])
  const itUser = cloud.db.dump().users.find((u) => u._openid === 'it-contact')!._id as string
  // The city union written plainly as 市总工会 is the city union, whatever its full name.
  const fileId = await uploadSheet(cloud, itUser, await sheetBytes(SMALL_TREE.map((r, i) => (i === 1 ? [r[0], r[1], '市总工会'] : r))))
  const preview = ok(await cloud.call('org.previewImport', { fileId }, IT))
  expect(preview).toMatchObject({ rows: 7, create: 7, unchanged: 0, errorCount: 0, byType: { industry: 2, township: 1, grassroots: 4 } })
  expect(cloud.db.dump().units).toHaveLength(1) // a preview writes nothing
  expect(ok(await cloud.call('org.applyImport', { fileId, digest: preview.digest }, IT))).toEqual({ created: 7, unchanged: 0 })
  const tree = ok(await cloud.call('org.units', {}, IT))
  expect(tree.children.map((u) => u.name).sort()).toEqual(['东城街道工会', '教育系统工会', '经开区工会'].sort())
  expect(tree.parent?.childCount).toBe(3)
  const unitsAfter = JSON.stringify(cloud.db.dump().units)
  const again = ok(await cloud.call('org.previewImport', { fileId }, IT))
  expect(again).toMatchObject({ create: 0, unchanged: 7, errorCount: 0 })
  expect(ok(await cloud.call('org.applyImport', { fileId, digest: again.digest }, IT))).toEqual({ created: 0, unchanged: 7 })
  expect(JSON.stringify(cloud.db.dump().units)).toBe(unitsAfter)
  // The earlier preview no longer describes the tree: refused rather than applied blindly.
  expect(await cloud.call('org.applyImport', { fileId, digest: preview.digest }, IT)).toMatchObject({ ok: false, error: { code: 'IMPORT.CHANGED' } })

  // 3. The campaign's dates and goals.
  const start = Date.now() - DAY
  const home = ok(
    await cloud.call(
      'campaign.configure',
      {
        campaignId: 'mayday-2027',
        title: '庆“五一”系列活动',
        startAt: start,
        endAt: start + 40 * DAY,
        summaryDueAt: start + 50 * DAY,
        goals: { participants: 30000, competitions: 100 },
      },
      IT,
    ),
  )
  expect(home.phase).toBe('running')
  expect(ok(await cloud.call('campaign.home', {}, {})).title).toBe('庆“五一”系列活动')

  // 4. Every chair invited in one go: a sheet of codes and, page by page, their mini-program codes.
  const issued = ok(await cloud.call('org.issueChairInvites', { days: 14 }, IT))
  expect(issued).toMatchObject({ issued: 7, live: 7 })
  const sheet = readFirstSheet(new Uint8Array(fileOf(issued.sheetUrl)), 100)
  expect(sheet).toHaveLength(8)
  const codeOf = (unitName: string) => sheet.find((r) => r.cells[0]?.text === unitName)!.cells[3]!.text
  expect(codeOf('华中机械制造有限公司工会')).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
  // Issuing again adds nobody: every unit has a live invitation.
  expect(ok(await cloud.call('org.issueChairInvites', { days: 14 }, IT))).toMatchObject({ issued: 0, live: 7 })
  const page1 = ok(await cloud.call('org.chairInvites', { page: 1 }, IT))
  expect(page1.total).toBe(7)
  expect(page1.items.every((i) => i.qrUrl)).toBe(true)
  // each code is stored as what WeChat answered (a JPEG) and opens the invitation page with its code
  const first = page1.items[0]
  const stored = cloud.storage.resolveTempUrl(new URL(first.qrUrl!).pathname + new URL(first.qrUrl!).search)!
  expect([stored.filePath.endsWith('.jpg'), stored.contentType]).toEqual([true, 'image/jpeg'])
  expect((await scanCode(fileOf(first.qrUrl!))).text).toMatch(new RegExp(`#/package-admin/pages/chair-invite/index\\?scene=${first.code}$`))

  // 5. The chairs accept: name first, then the code; the invitation works once.
  expect(await cloud.call('org.acceptChairInvite', { code: codeOf('华中机械制造有限公司工会') }, CHAIR)).toMatchObject({
    ok: false,
    error: { code: 'PEOPLE.NAME_REQUIRED' },
  })
  ok(await cloud.call('people.saveProfile', { nickname: '王主席', realName: '王建国' }, CHAIR))
  const accepted = ok(await cloud.call('org.acceptChairInvite', { code: codeOf('华中机械制造有限公司工会') }, CHAIR))
  expect(accepted).toMatchObject({ role: 'unit_chair', unit: { name: '华中机械制造有限公司工会', memberCount: 1 } })
  ok(await cloud.call('people.saveProfile', { nickname: '路人', realName: '路人甲' }, as('someone-else')))
  expect(await cloud.call('org.acceptChairInvite', { code: codeOf('华中机械制造有限公司工会') }, as('someone-else'))).toMatchObject({
    ok: false,
    error: { code: 'INVITE.USED' },
  })
  ok(await cloud.call('people.saveProfile', { nickname: '赵主席', realName: '赵六' }, AREA))
  expect(ok(await cloud.call('org.acceptChairInvite', { code: codeOf('经开区工会') }, AREA))).toMatchObject({ role: 'area_chair' })
  const chairMe = ok(await cloud.call('people.me', {}, CHAIR))
  expect(chairMe.roles.map((r) => r.role).sort()).toEqual(['unit_chair', 'worker'])

  // 6. The chair invites their workers; a worker joins with the unit's code.
  const jixie = accepted.unit.id
  const invite = ok(await cloud.call('org.createInvite', { unitId: jixie, days: 7 }, CHAIR))
  ok(await cloud.call('people.saveProfile', { nickname: '小张', realName: '张伟' }, WORKER))
  ok(await cloud.call('people.joinByInvite', { code: invite.code }, WORKER))

  // 7. The chair organises a team contest and signs the worker up on their team.
  const now = Date.now()
  const comp = ok(
    await cloud.call(
      'competition.create',
      {
        organizerUnitId: jixie,
        title: '数控车工技能比武',
        category: '技能比武',
        description: '面向本单位职工的数控车工技能比武。',
        place: '一号车间',
        signupStartAt: now - 60_000,
        signupEndAt: now + DAY,
        eventStartAt: now + 2 * DAY,
        eventEndAt: now + 3 * DAY,
        capacity: 10,
        mode: 'team',
        teamMin: 2,
        teamMax: 3,
        eligibility: 'subtree',
        needsApproval: false,
      },
      CHAIR,
    ),
  )
  ok(await cloud.call('competition.publish', { competitionId: comp.id }, CHAIR))
  const workerId = ok(await cloud.call('people.me', {}, WORKER)).id
  const signup = ok(await cloud.call('competition.signup', { competitionId: comp.id, teamName: '车工一组', memberIds: [workerId] }, CHAIR))
  expect(signup.status).toBe('accepted')
  const mine = ok(await cloud.call('competition.mySignups', {}, WORKER))
  expect(mine.items.map((s) => s.competition.title)).toEqual(['数控车工技能比武'])
}, 60_000)
