// security.msgSecCheck through the real wx-server-sdk on the local openapi.
import { wordListSizes } from '../content/matcher'
import { rejection, setupOpenApi, type OpenApiFixture } from './test-support'

let f: OpenApiFixture
beforeAll(() => {
  f = setupOpenApi()
})
afterAll(() => f.cleanup())

const check = (content: string, extra: Record<string, unknown> = {}) =>
  f.cloud.openapi.security.msgSecCheck({ content, version: 2, openid: 'oWorker0001', scene: 2, ...extra })

// What workers and union staff actually write in a May Day campaign: none of it may be held back.
const CLEAN_CAMPAIGN_TEXT = [
  '热烈庆祝五一国际劳动节！我厂第三车间在劳动竞赛中荣获一等奖。',
  '技能比武决赛将于4月28日在市工人文化宫举行，欢迎职工家属到场加油。',
  '拔河比赛现场气氛热烈，机关队与一线班组队打满三局。',
  '湘绣非遗传承人带徒传艺二十年，一针一线绣出劳动者的美。',
  '合理化建议征集活动共收到建议312条，已采纳87条，年节约成本50余万元。',
  '困难职工帮扶中心为32户家庭送去慰问金和米面油。',
  '焊工技能大赛中，参赛选手手持焊枪精准作业，焊缝平整美观。',
  '安全生产月：严禁酒后上岗，杜绝违章指挥，严禁携带管制刀具进入厂区。',
  '食堂今天供应清炒菠菜、红烧肉和番茄蛋汤。',
  '组织全体党员观看《鸦片战争》纪录片，接受爱国主义教育。',
  '职工书屋新添图书两百册，欢迎大家借阅。',
  '劳模创新工作室攻克技术难题，获得国家发明专利三项。',
  '“安康杯”竞赛活动表彰大会顺利召开。',
  '开展禁毒宣传进企业活动，引导职工远离毒品、珍爱生命。',
  '防范电信网络诈骗宣传：警惕刷单返利类诈骗，不要轻信陌生来电。',
  '严禁参与任何形式的赌博活动，发现聚众赌博请及时举报。',
  '女职工插花比赛和三八妇女节趣味运动会同期举行。',
  '请关注微信公众号“市总工会”获取报名信息，也可扫码添加微信公众号。',
  '本次投票严禁刷票，一经发现取消评选资格。',
  '我们车间的老师傅个性爱好广泛，书法、象棋样样精通。',
  '工会为一线职工提供个性服务，做爱心传递者。',
  '夏送清凉：为高温岗位职工发放防暑降温用品。',
  '职工运动会设跳绳、拔河、乒乓球、象棋和掼蛋等项目。',
  '农场职工承包养殖水面两百亩，带动周边群众增收。',
  '关爱智障人士志愿服务活动在特教学校开展。',
  '以下注意事项请参赛选手认真阅读。',
  '他在冬季职工运动会上参加了溜冰和冰壶比赛。',
  '模范职工之家评选结果公示，公示期五个工作日。',
  '劳动最光荣，奋斗最幸福！致敬每一位平凡岗位上的劳动者。',
  '市总工会联合公安局开展打击赌博违法犯罪专项宣传。',
  '这批羊毛片经过检验全部合格。',
  '新建的USB接口测试台投入使用。',
  '外卖骑手暖心驿站为新就业形态劳动者提供歇脚、充电、饮水服务。',
  '职工子女暑期托管班开班，为双职工家庭解决后顾之忧。',
  '他用废物利用的方式制作了环保作品，获得创意奖。',
  '三八红旗手表彰大会在市委礼堂举行。',
  '地铁检修班组连续十年零事故，被评为工人先锋号。',
  '尼玛次仁是我们站的优秀养路工，常年坚守在海拔四千米的道班。',
  '我们打赌。博物馆明天一定开门！',
  '赛后大家一起吃了大麻花和凉面，庆祝车间夺冠。',
  '职工医院开展“认清毒品危害”主题讲座。',
]

describe('version 2', () => {
  test('every sentence of an ordinary campaign passes', async () => {
    for (const content of CLEAN_CAMPAIGN_TEXT) {
      const res = await check(content)
      // toEqual with the sentence in the object, so a failure names it
      expect({ content, result: res.result, detail: res.detail }).toEqual({ content, result: { suggest: 'pass', label: 100 }, detail: [] })
    }
  })

  test.each([
    ['加微信领取内部优惠券', 10001, '加微信'],
    ['代开发票，联系电话13800000000', 10001, '代开发票'],
    ['在家兼职刷单，日结工资', 20008, '兼职刷单'],
    ['百家乐在线开户，真人荷官', 20006, '百家乐'],
    ['出售仿真枪，货到付款', 20006, '出售仿真枪'],
    ['冰毒、K粉低价出售', 20006, '冰毒'],
    ['同城约炮，一夜情', 20002, '约炮'],
    ['你个傻逼，滚', 20003, '傻逼'],
    ['高额返利，稳赚不赔，拉你进群', 20008, '高额返利'],
  ])('%s is risky (label %i, keyword %s)', async (content, label, keyword) => {
    const res = await check(content)
    expect(res).toMatchObject({ errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest: 'risky', label } })
    expect(res.detail[0]).toEqual({ strategy: 'keyword', errcode: 0, suggest: 'risky', label, level: 90, keyword })
    expect(res.traceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/)
  })

  test.each([
    ['赌 博', 'spaces between characters'],
    ['赌*博', 'symbols between characters'],
    ['赌\u200b博', 'zero-width space'],
    ['賭博', 'traditional characters'],
    ['ＡＶ女优', 'full-width letters'],
    ['加 V 信：abc123', 'spaced and upper-case contact'],
    ['加.薇.信', 'dots and a homophone'],
    ['百🎲家🎲乐', 'emoji between characters'],
  ])('%j is caught (%s)', async (content) => {
    await expect(check(content)).resolves.toMatchObject({ result: { suggest: 'risky' } })
  })

  test('a milder word asks for review, a risky one in the same text wins', async () => {
    await expect(check('这个设计真是脑残')).resolves.toMatchObject({ result: { suggest: 'review', label: 20003 } })
    const both = await check('脑残才不加微信')
    expect(both.result).toEqual({ suggest: 'risky', label: 10001 })
    expect(both.detail.map((d: { keyword: string }) => d.keyword)).toEqual(['脑残', '加微信'])
  })

  test('title and nickname are checked; signature only for profile scene 1', async () => {
    await expect(check('今天天气很好', { title: '加微信送礼' })).resolves.toMatchObject({ result: { suggest: 'risky' } })
    await expect(check('今天天气很好', { nickname: '代开发票小王' })).resolves.toMatchObject({ result: { suggest: 'risky' } })
    await expect(check('今天天气很好', { signature: '网上赌场' })).resolves.toMatchObject({ result: { suggest: 'pass' } })
    await expect(check('今天天气很好', { signature: '网上赌场', scene: 1 })).resolves.toMatchObject({ result: { suggest: 'risky' } })
  })

  test('2500 characters are accepted, 2501 are not', async () => {
    await expect(check('劳'.repeat(2500))).resolves.toMatchObject({ result: { suggest: 'pass' } })
    await expect(rejection(check('劳'.repeat(2501)))).resolves.toMatchObject({ errCode: 47001 })
  })

  test.each([
    [{ openid: undefined }, 40003],
    [{ openid: '' }, 40003],
    [{ scene: 5 }, 40129],
    [{ scene: 0 }, 40129],
    [{ scene: '2' }, 40129],
    [{ content: '' }, 44002],
    [{ content: 42 }, 47001],
    [{ version: 3 }, 47001],
    [{ title: 7 }, 47001],
  ])('invalid request %j → errcode %i', async (override, errCode) => {
    const err = await rejection(f.cloud.openapi.security.msgSecCheck({ content: '你好', version: 2, openid: 'oWorker0001', scene: 2, ...override }))
    expect(err.errCode).toBe(errCode)
    expect(err.errMsg).toMatch(/^openapi\.security\.msgSecCheck:fail .+ rid: /)
  })
})

describe('version 1 (no version field)', () => {
  test('clean text resolves', async () => {
    await expect(f.cloud.openapi.security.msgSecCheck({ content: '劳动竞赛圆满结束' })).resolves.toEqual({
      errCode: 0,
      errMsg: 'openapi.security.msgSecCheck:ok',
    })
  })

  test('flagged text rejects with 87014', async () => {
    const err = await rejection(f.cloud.openapi.security.msgSecCheck({ content: '特价代开发票' }))
    expect(err.errCode).toBe(87014)
    expect(err.errMsg).toMatch(/^openapi\.security\.msgSecCheck:fail risky content/)
  })
})

test('the word lists are substantial', () => {
  const sizes = wordListSizes()
  expect(Object.keys(sizes).sort()).toEqual(['ads', 'drugs', 'fraud', 'gambling', 'insults', 'porn', 'violence'])
  for (const n of Object.values(sizes)) expect(n).toBeGreaterThanOrEqual(50)
})
