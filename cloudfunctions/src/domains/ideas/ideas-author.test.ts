// Golden ideas (R6) on the local cloud: what the author is told, similar ideas while typing and in
// review, pictures.
import crypto from 'node:crypto'
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { ideaDoc } from '../../../test/fixtures/ideas'
import { LABELLED } from './similarity/evaluate'
import {
  cloud,
  WORKER,
  WORKER_B,
  CHAIR,
  JUDGE,
  CITY,
  IDEA,
  ok,
  idea,
  submitted,
  forwarded,
  panelOfTwo,
  underReview,
  scoreInput,
  png,
} from '../../../test/ideas-harness'

describe('the author is told', () => {
  const TEMPLATE = subscribeTemplates.ideaReviewResult.id
  const grant = () => cloud.openapi.recordSubscription('demo-worker', TEMPLATE)
  const sentSince = async (n: number) => (await cloud.openapi.outbox()).slice(n).filter((m) => m.templateId === TEMPLATE)

  test('one message per grant: the unit’s return with its reason; nothing without a grant, and the decision stands', async () => {
    const returned = await submitted()
    grant()
    let n = (await cloud.openapi.outbox()).length
    ok(await cloud.call('ideas.decide', { ideaId: returned, decision: 'return', reason: '请补充换热器的投资估算和安装位置' }, CHAIR))
    const sent = await sentSince(n)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      touser: 'demo-worker',
      page: `package-ideas/pages/idea/index?id=${returned}`,
      data: { thing1: '空压机余热回收给职工浴室供热水', phrase2: '退回修改', thing3: '请补充换热器的投资估算和安装位置' },
    })
    expect(sent[0].data.date4).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // the grant is used up: the next decision is not sent, and still taken
    n = (await cloud.openapi.outbox()).length
    const rejected = await submitted({ title: '车间照明改为感应灯' })
    ok(await cloud.call('ideas.decide', { ideaId: rejected, decision: 'reject', reason: '已在实施中' }, CHAIR))
    expect(await sentSince(n)).toEqual([])
    expect(idea(rejected)).toMatchObject({ status: 'rejected', reason: '已在实施中' })
  })

  test('forwarded, then adopted with its award, each with a grant; a refused decision sends nothing', async () => {
    const panelId = await panelOfTwo()
    const id = await submitted()
    grant()
    let n = (await cloud.openapi.outbox()).length
    // a decision that is refused (not the chair's to take) tells nobody
    expect(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, WORKER_B)).toMatchObject({ ok: false })
    expect(await sentSince(n)).toEqual([])
    ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, CHAIR))
    expect((await sentSince(n)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['已送评审', '单位工会已送交专家评审']])

    ok(await cloud.call('ideas.assign', { ideaIds: [id], panelId }, CITY))
    ok(await cloud.call('ideas.score', scoreInput(id, [8, 8, 8]), JUDGE))
    ok(await cloud.call('ideas.score', scoreInput(id, [9, 7, 8]), WORKER_B))
    grant()
    n = (await cloud.openapi.outbox()).length
    ok(await cloud.call('ideas.adopt', { ideaId: id, award: '二等奖' }, CITY))
    expect((await sentSince(n)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['已采纳', '评为二等奖']])
  })

  test('declined by the city union with its reason', async () => {
    const { id } = await underReview()
    grant()
    const n = (await cloud.openapi.outbox()).length
    ok(await cloud.call('ideas.decline', { ideaId: id, reason: '现有设备条件暂不具备' }, CITY))
    expect((await sentSince(n)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['未采纳', '现有设备条件暂不具备']])
  })
})

describe('similar ideas', () => {
  test('while typing: reviewed ideas and the writer’s own, best first, without authors', async () => {
    const reviewed = await forwarded({ title: '空压机余热回收给职工浴室供热水' }, WORKER_B, CITY)
    const pendingElsewhere = await submitted({ title: '动力站废热再利用' }, WORKER_B)
    const hints = ok(
      await cloud.call('ideas.similar', { title: '利用空压机散热加热洗澡水', problem: '冬天浴室电热水器耗电大，动力站空压机的热量直接排到室外。' }, WORKER),
    ).items
    expect(hints.map((h) => h.id)).toEqual([reviewed])
    expect(hints[0]).toMatchObject({ title: '空压机余热回收给职工浴室供热水', status: 'forwarded', mine: false })
    expect(hints[0].similarity).toBeGreaterThan(0.26)
    expect(Object.keys(hints[0]).sort()).toEqual(['id', 'mine', 'similarity', 'status', 'title', 'type'])
    // the author sees their own unreviewed idea; its unit chair sees it too
    expect(ok(await cloud.call('ideas.similar', { title: '动力站空压机废热再利用' }, WORKER_B)).items.map((h) => h.id)).toContain(pendingElsewhere)
    // nothing for unrelated text
    expect(ok(await cloud.call('ideas.similar', { title: '课间操配乐更新', problem: '课间操音乐多年没换' }, WORKER)).items).toEqual([])
    expect(ok(await cloud.call('ideas.similar', {}, WORKER)).items).toEqual([])
  })

  test('the chair reviewing an idea sees the close ones', async () => {
    // forty distinct ideas from another unit already in evaluation: what term weights are learnt from
    const author = {
      userId: 'user-demo-worker-2',
      openid: 'demo-worker-2',
      realName: '李四',
      unitId: 'u-health-renmin',
      unitPath: ['u-city', 'u-health', 'u-health-renmin'],
    }
    await cloud.db.insertMany(
      'ideas',
      LABELLED.filter((i) => i.group === null)
        .slice(0, 40)
        .map((i) => ideaDoc(author, i, 'forwarded', Date.now()) as unknown as Record<string, unknown>),
    )
    const earlier = await forwarded(
      {
        title: '粮仓温度自动监测',
        problem: '保管员每天爬到粮堆上插温度计测温，费时费力，数据也不及时。',
        proposal: '在粮堆里预埋测温电缆，温度自动传到值班室电脑，超温就报警。',
      },
      WORKER_B,
      CITY,
    )
    const id = await submitted({
      title: '电子测温代替人工查粮温',
      problem: '人工扦探测温劳动强度大，夏天仓内闷热，测一个仓要半天。',
      proposal: '安装粮情测控系统，多点测温线缆埋入粮层，数据实时显示，发现发热点及时处理。',
    })
    const detail = ok(await cloud.call('ideas.reviewDetail', { ideaId: id }, CHAIR))
    expect(detail.similar.map((s) => s.id)).toEqual([earlier])
  })
})

describe('pictures', () => {
  test('copied out of the author’s folder, checked, shown to others only once they pass', async () => {
    const good = await cloud.storage.putFromClient('ideas/user-demo-worker/a.png', png(30))
    const badBytes = png(99)
    cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(badBytes).digest('hex'))
    const bad = await cloud.storage.putFromClient('ideas/user-demo-worker/b.png', badBytes)
    const sent = ok(await cloud.call('ideas.submit', { ...IDEA, images: [good, bad] }, WORKER))
    expect(sent.images.map((i) => i.check)).toEqual(['checking', 'checking'])
    expect(sent.images.every((i) => i.url)).toBe(true)
    const doc = idea(sent.id)
    expect(doc.images.map((i: { fileId: string }) => i.fileId)).toEqual([
      expect.stringMatching(/\/idea-images\/[0-9a-f]{32}\/[0-9a-f]{32}\.png$/),
      expect.stringMatching(/\/idea-images\//),
    ])
    expect(JSON.stringify(doc.images.map((i: { fileId: string }) => i.fileId))).not.toContain('user-demo-worker')
    expect(ok(await cloud.call('ideas.reviewDetail', { ideaId: sent.id }, CHAIR))).toMatchObject({ imageUrls: [], imagesChecking: 2 })
    await cloud.openapi.flushMediaChecks()
    const after = ok(await cloud.call('ideas.reviewDetail', { ideaId: sent.id }, CHAIR))
    expect(after).toMatchObject({ imagesChecking: 0 })
    expect(after.imageUrls).toHaveLength(1)
    expect(after.imageUrls[0]).toContain('/idea-images/')
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: sent.id }, WORKER)).images.map((i) => i.check)).toEqual(['pass', 'risky'])
    // a revision keeps a checked picture as it is (no second check)
    ok(await cloud.call('ideas.decide', { ideaId: sent.id, decision: 'return', reason: '请删去不合适的图片' }, CHAIR))
    const checks = cloud.db.dump().media_checks.length
    ok(await cloud.call('ideas.submit', { ...IDEA, ideaId: sent.id, images: [good] }, WORKER))
    expect(cloud.db.dump().media_checks).toHaveLength(checks)
    expect(idea(sent.id).images).toMatchObject([{ sourceFileId: good, check: 'pass' }])
  })
})
