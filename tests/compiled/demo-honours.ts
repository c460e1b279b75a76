// The honours (展职工风采) for the compiled suites, made through the real actions: the city gives 经开区
// places and 经开区 gives 华中机械 some, its chair nominates 张三 (paper consent), 经开区 and the city
// forward, and the city publishes the notice. `commendDemo` then lets the notice run out (the one step
// that is no action: a test cannot wait five days) and commends, which issues 张三's certificate.
import { setNoticeEnd } from '../../cloudfunctions/test/honours-harness'
import type { TestCloud } from '../../cloudfunctions/local/testing'
import { PEOPLE, type DemoApp } from './demo-app'

export const NOMINEE = { name: '张三', job: '数控车工', category: '先进工作者' as const, unit: '华中机械制造有限公司工会' }
const DEEDS = '二十年扎根数控车间，带出徒弟三十余名，主持攻关项目五项，累计为企业节约成本二百余万元，多次获评厂级先进个人，是大家公认的技术能手。'

/** Nominated, approved up the tree and on the published notice; the nomination's id. */
export async function publishDemoNotice(app: DemoApp): Promise<string> {
  await app.call('honours.setQuotas', { rows: [{ unitId: 'u-jkq', quota: 5 }] }, PEOPLE.cityAdmin)
  await app.call('honours.splitQuota', { unitId: 'u-jkq-jixie', quota: 2 }, PEOPLE.areaChair)
  const n = await app.call(
    'honours.saveNomination',
    {
      unitId: 'u-jkq-jixie',
      submit: true,
      nomineeName: NOMINEE.name,
      nomineeUserId: 'user-demo-worker',
      job: NOMINEE.job,
      category: NOMINEE.category,
      deeds: DEEDS,
      paperConsent: true,
    },
    PEOPLE.unitChair,
  )
  await app.call('honours.decide', { nominationId: n.id, decision: 'forward' }, PEOPLE.areaChair)
  await app.call('honours.decide', { nominationId: n.id, decision: 'forward' }, PEOPLE.cityAdmin)
  await app.call('honours.publishNotice', {}, PEOPLE.cityAdmin)
  return n.id
}

/** The notice over and the nominee commended: their certificate's number. */
export async function commendDemo(app: DemoApp): Promise<string> {
  await setNoticeEnd(app.cloud as unknown as TestCloud, Date.now() - 1000)
  await app.call('honours.commend', {}, PEOPLE.cityAdmin)
  const [honour] = await app.call('honours.mine', {}, PEOPLE.worker)
  return honour.certificate!.number
}

export const STORY = {
  title: '三十年磨一剑的车间工匠',
  lead: '从学徒到首席技师，他把每一个零件都当作作品来打磨。',
  text: '清晨六点，车间里已经响起机床的声音。',
}

/** The commended nominee's 匠心筑梦 story, written, submitted and published by the city; its id. */
export async function publishDemoStory(app: DemoApp, nominationId: string): Promise<string> {
  const s = await app.call(
    'honours.saveStory',
    { nominationId, title: STORY.title, lead: STORY.lead, blocks: [{ kind: 'paragraph', text: STORY.text }], submit: true },
    PEOPLE.cityAdmin,
  )
  await app.call('honours.reviewStory', { storyId: s.id, publish: true, reason: '' }, PEOPLE.cityAdmin)
  return s.id
}

/** A second nomination of 华中机械, submitted and waiting at 经开区 (quotas as publishDemoNotice set them). */
export async function reviewingDemo(app: DemoApp, name: string): Promise<string> {
  const n = await app.call(
    'honours.saveNomination',
    { unitId: 'u-jkq-jixie', submit: true, nomineeName: name, job: '焊工', category: '工匠能手', deeds: DEEDS, paperConsent: true },
    PEOPLE.unitChair,
  )
  return n.id
}
