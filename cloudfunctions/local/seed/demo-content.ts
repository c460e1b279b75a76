// Demo content for the local cloud's first start: competitions with sign-ups and results, works in the
// exhibition, golden ideas judged and adopted. Everything is done the way people do it in the app —
// through the function entries and handlers (cloud.runtime.invoke, as the person doing it), with pictures
// uploaded into the author's folder as the picker does and WeChat's media checks reported — so every
// count, status and counter is what the product itself made of it. Nothing here writes a document.
// A step that fails stops the seeding with the action and its error code.
import crypto from 'node:crypto'
import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { ActionName, InputOf, OutputOf } from '../../../types/actions/index'
import { functionOf } from '../../../types/actions/index'
import type { AwardLevel, IdeaType } from '../../../types/entities/ideas'
import type { WorkCategory } from '../../../types/entities/works'
import type { Result } from '../../../types/errors'
import { subscribeTemplates } from '../../../types/subscribe-templates'
import type { LocalCloud } from '../index'
import { DEMO_CAMPAIGN_ID } from './demo'
import { picture, type PictureKind } from './demo-pictures'
import { demoSeal } from './demo-seal'

dayjs.extend(utc)
dayjs.extend(timezone)
const TZ = 'Asia/Shanghai'

/** The version of the privacy guide the app shows (miniprogram/src/services/privacy.ts, PRIVACY_VERSION). */
const PRIVACY_VERSION = '2025-04-01'

// The demo people of seed/demo.ts, by openid.
const ZHANG = 'demo-worker' // 张三, 华中机械, 数控车工
const LI = 'demo-worker-2' // 李四, 市人民医院, 护士
const WANG = 'demo-unit-chair' // 王五, 华中机械's union chair
const ZHAO = 'demo-area-chair' // 赵六, 经开区工会
const QIAN = 'demo-judge' // 钱七, judge
const SUN = 'demo-city-admin' // 孙八, 市总工会

// A few more workers, who join their units the way anyone does: privacy consent, profile, invite code.
const LIU = 'demo-liu-yi'
const CHEN = 'demo-chen-er'
const ZHOU = 'demo-zhou-jiu'
const WU = 'demo-wu-shi'
const ZHENG = 'demo-zheng-shiyi'
const FENG = 'demo-feng-shier'

interface ExtraWorker {
  openid: string
  realName: string
  nickname: string
  job: string
  unitId: string
  /** The chair whose invite code they join with. */
  invitedBy: string
}

export const EXTRA_WORKERS: readonly ExtraWorker[] = [
  { openid: LIU, realName: '刘一', nickname: '小刘', job: '装配钳工', unitId: 'u-jkq-jixie', invitedBy: WANG },
  { openid: CHEN, realName: '陈二', nickname: '陈师傅', job: '电焊工', unitId: 'u-jkq-jixie', invitedBy: WANG },
  { openid: ZHOU, realName: '周九', nickname: '周工', job: '设备技术员', unitId: 'u-jkq-dianzi', invitedBy: ZHAO },
  { openid: WU, realName: '吴十', nickname: '小吴', job: '叉车司机', unitId: 'u-dongcheng-wuliu', invitedBy: SUN },
  { openid: ZHENG, realName: '郑十一', nickname: '郑老师', job: '物理教师', unitId: 'u-edu-yizhong', invitedBy: SUN },
  // made a judge by the city union, to sit on a panel of two with 钱七
  { openid: FENG, realName: '冯十二', nickname: '冯工', job: '高级技师', unitId: 'u-kejing-power', invitedBy: SUN },
]

// ---------------------------------------------------------------- competitions

type CompetitionFields = Omit<InputOf<'competition.create'>, 'signupStartAt' | 'signupEndAt' | 'eventStartAt' | 'eventEndAt'>
/** Days from today (Beijing time) and the hour of day. */
type When = [day: number, hour: number]

interface CompetitionPlan {
  key: string
  organizer: string
  fields: CompetitionFields
  signup: [When, When]
  event: [When, When]
  /** Left as a draft: not published, not listed. */
  draft?: boolean
  /** Who signs up, in order (a team: the captain with the members). */
  entries?: Array<{ who: string; team?: { name: string; members: string[] } }>
  /** Sign-ups the organiser approves (the rest stay pending). */
  approve?: string[]
  /** Held already: its dates move into the past, everyone is checked in, results are published. */
  held?: { signup: [When, When]; event: [When, When]; results: Array<{ who: string; award: string }> }
}

const COMPETITIONS: readonly CompetitionPlan[] = [
  {
    key: 'lathe',
    organizer: ZHAO,
    fields: {
      organizerUnitId: 'u-jkq',
      title: '经开区数控车工技能比武',
      category: '技能比武',
      description:
        '面向经开区各企业一线数控车工。比武分理论考试和实操加工两部分，理论占 30%，实操占 70%：按图纸完成一件典型轴类零件的编程与加工，以尺寸精度、表面质量和用时评分。前三名推荐参加全市职工技能大赛。',
      place: '经开区职工技能实训中心',
      capacity: 30,
      mode: 'individual',
      eligibility: 'subtree',
      needsApproval: false,
    },
    signup: [
      [-1, 8],
      [3, 18],
    ],
    event: [
      [5, 9],
      [5, 17],
    ],
    entries: [{ who: ZHANG }, { who: ZHOU }, { who: LIU }, { who: CHEN }],
    held: {
      signup: [
        [-20, 8],
        [-12, 18],
      ],
      event: [
        [-9, 9],
        [-9, 17],
      ],
      results: [
        { who: ZHANG, award: '一等奖' },
        { who: ZHOU, award: '二等奖' },
        { who: LIU, award: '三等奖' },
        { who: CHEN, award: '优秀奖' },
      ],
    },
  },
  {
    key: 'safety',
    organizer: ZHAO,
    fields: {
      organizerUnitId: 'u-jkq',
      title: '经开区“安全生产 质量提升”劳动竞赛',
      category: '劳动竞赛',
      description:
        '以班组长和一线生产骨干为主，比安全、比质量、比效率。竞赛为期一个月，经开区工会将到各参赛企业现场评比，按安全记录、产品一次合格率和改善成果综合打分。报名需经经开区工会审核，审核结果会通过消息通知本人。',
      place: '经开区各参赛企业（现场评比）',
      capacity: 50,
      mode: 'individual',
      eligibility: 'subtree',
      needsApproval: true,
    },
    signup: [
      [-2, 8],
      [6, 18],
    ],
    event: [
      [9, 9],
      [19, 17],
    ],
    entries: [{ who: ZHANG }, { who: ZHOU }],
    approve: [ZHANG],
  },
  {
    key: 'tug',
    organizer: ZHAO,
    fields: {
      organizerUnitId: 'u-jkq',
      title: '经开区职工拔河比赛',
      category: '文体活动',
      description:
        '以企业为单位组队参赛，每队 4 至 8 人（含队长），队员须为本单位职工。比赛采用三局两胜制，赛前统一称重分组。欢迎各企业工会组织职工踊跃报名，赛出团结，赛出风采！',
      place: '经开区体育公园',
      capacity: 16,
      mode: 'team',
      teamMin: 4,
      teamMax: 8,
      eligibility: 'subtree',
      needsApproval: false,
    },
    signup: [
      [-1, 8],
      [7, 18],
    ],
    event: [
      [12, 9],
      [12, 12],
    ],
    entries: [{ who: ZHANG, team: { name: '华中机械钢铁队', members: [WANG, LIU, CHEN] } }],
  },
  {
    key: 'welding',
    organizer: SUN,
    fields: {
      organizerUnitId: 'u-city',
      title: '新生代农民工焊工技能培训班（第一期）',
      category: '技能培训',
      description:
        '市总工会为新生代农民工开设的免费焊工培训，共 8 个晚上，讲授焊接安全、手工电弧焊和二氧化碳气体保护焊实操。实训车间有 4 个焊接工位，每期限 4 人，一人一个工位，老师傅手把手带教；结业考核合格的，推荐参加焊工职业技能等级认定。报满后可以候补，有人退出时按报名先后递补。',
      place: '市职工技能实训基地焊接车间',
      capacity: 4,
      mode: 'individual',
      eligibility: 'city',
      needsApproval: false,
    },
    signup: [
      [-3, 8],
      [5, 18],
    ],
    event: [
      [8, 19],
      [18, 21],
    ],
    entries: [{ who: WU }, { who: CHEN }, { who: ZHOU }, { who: LIU }, { who: ZHANG }],
  },
  {
    key: 'computer',
    organizer: SUN,
    fields: {
      organizerUnitId: 'u-city',
      title: '全市职工计算机操作竞赛',
      category: '技能比武',
      description:
        '比赛分文字录入和办公软件应用两部分：文字录入限时 10 分钟，按速度和准确率评分；办公软件部分完成一份表格统计和一份文档排版。全市职工均可报名，赛前一周开放练习机房，欢迎各单位职工报名参加。',
      place: '市职工服务中心二楼机房',
      capacity: 80,
      mode: 'individual',
      eligibility: 'city',
      needsApproval: false,
    },
    signup: [
      [-4, 8],
      [9, 18],
    ],
    event: [
      [14, 9],
      [14, 12],
    ],
    entries: [{ who: LI }, { who: ZHENG }, { who: ZHOU }],
  },
  {
    key: 'exercise',
    organizer: SUN,
    fields: {
      organizerUnitId: 'u-city',
      title: '全市职工工间操比赛',
      category: '文体活动',
      description:
        '以单位为单位组队，展示广播体操或本单位自编的工间操。评委从动作规范、整齐程度和精神面貌三个方面打分，设团体一、二、三等奖和优秀组织奖。具体安排正在筹备中。',
      place: '市体育馆',
      capacity: 40,
      mode: 'team',
      teamMin: 8,
      teamMax: 20,
      eligibility: 'city',
      needsApproval: false,
    },
    signup: [
      [6, 8],
      [15, 18],
    ],
    event: [
      [19, 9],
      [19, 17],
    ],
    draft: true,
  },
]

// ---------------------------------------------------------------- works

interface WorkPlan {
  author: string
  category: WorkCategory
  title: string
  description: string
  pictures: PictureKind[]
  /** Chairs' steps in order; 'select' puts it in the exhibition. Nothing: it waits at the author's unit. */
  review: Array<{ who: string; act: 'recommend' | 'select' }>
  likes?: string[]
}

/** In the order the city union selects them: the gallery shows the last selected first. */
const WORKS: readonly WorkPlan[] = [
  {
    author: ZHENG,
    category: '绘画',
    title: '水彩《湘江晨曦》',
    description: '清晨陪学生晨跑时看到的湘江，雾还没散，太阳刚从对岸升起。回家后用水彩画了下来，想把这份安静送给每一个早起上班的人。',
    pictures: ['watercolour'],
    review: [
      { who: SUN, act: 'recommend' },
      { who: SUN, act: 'select' },
    ],
    likes: [ZHANG, ZHAO],
  },
  {
    author: LIU,
    category: '其他',
    title: '剪纸《齿轮与麦穗》',
    description: '用一张红纸剪成，中间是齿轮，外圈是麦穗，寓意工人和农民一起创造美好生活。前后剪了两个晚上，贴在车间休息室的窗户上，工友们都说喜庆。',
    pictures: ['paper-cut', 'paper-cut-window'],
    review: [
      { who: WANG, act: 'recommend' },
      { who: ZHAO, act: 'recommend' },
      { who: SUN, act: 'select' },
    ],
    likes: [ZHANG, CHEN, ZHOU, WU, WANG, ZHAO],
  },
  {
    author: ZHANG,
    category: '书法',
    title: '楷书《匠心》',
    description: '练字十多年，这幅是下班后在车间休息室的长桌上写的。“匠心”两个字送给和我一样守在机床边的工友：干一行，爱一行，把每个零件都做好。',
    pictures: ['calligraphy-scroll', 'calligraphy-detail'],
    review: [
      { who: WANG, act: 'recommend' },
      { who: ZHAO, act: 'recommend' },
      { who: SUN, act: 'select' },
    ],
    likes: [WANG, LI, QIAN],
  },
  {
    author: LI,
    category: '湘绣',
    title: '湘绣《映山红》',
    description: '跟外婆学的湘绣，利用轮休时间绣了大半年。映山红是家乡山上最常见的花，开得泼辣，就像病房里那些不服输的病人。针法主要用了掺针和游针。',
    pictures: ['embroidery-hoop', 'embroidery-detail'],
    review: [
      { who: SUN, act: 'recommend' },
      { who: SUN, act: 'select' },
    ],
    likes: [ZHANG, WANG, QIAN, ZHOU],
  },
  {
    author: ZHOU,
    category: '摄影',
    title: '组照《夜班》',
    description: '记录了厂里夜班的几个瞬间：凌晨的厂区、亮着灯的产线、天快亮时的烟囱。夜班很辛苦，但灯光下的每个人都很认真。',
    pictures: ['night-plant', 'night-line', 'dawn-plant'],
    review: [
      { who: ZHAO, act: 'recommend' },
      { who: SUN, act: 'select' },
    ],
    likes: [ZHANG, LI, SUN, LIU, CHEN],
  },
  {
    author: CHEN,
    category: '雕刻',
    title: '木雕《转动》',
    description: '用车间报废的木托盘料刻成，正中是一枚齿轮，四周是一圈叶纹。平时焊钢板，下班刻木头，手上的功夫是相通的。',
    pictures: ['carving', 'carving-detail'],
    // at the city union, waiting for its choice
    review: [
      { who: WANG, act: 'recommend' },
      { who: ZHAO, act: 'recommend' },
    ],
  },
  {
    author: ZHANG,
    category: '摄影',
    title: '摄影《车间里的晨光》',
    description: '早班进车间时，阳光从天窗斜照进来，机床上落满了光。用手机随手拍下，这是我一天里最喜欢的时刻。',
    pictures: ['morning-light'],
    // waiting for 王五, the chair of the author's own unit
    review: [],
  },
]

// ---------------------------------------------------------------- golden ideas

interface IdeaPlan {
  key: string
  author: string
  coAuthors?: string[]
  type: IdeaType
  title: string
  problem: string
  proposal: string
  benefit: string
  savingsYuan: number | null
  /** The chair who forwards it for evaluation; none: it waits for the unit's review. */
  forwardedBy?: string
  /** The two judges' scores (创新性, 可行性, 效益) and comments; none: still to be scored. */
  scores?: Array<{ judge: string; s: [number, number, number]; comment: string }>
  award?: AwardLevel
  implemented?: boolean
}

const IDEAS: readonly IdeaPlan[] = [
  {
    key: 'coolant',
    author: ZHANG,
    coAuthors: [LIU],
    type: '技术革新',
    title: '数控车床切削液集中过滤循环使用',
    problem:
      '车间 24 台数控车床各用各的切削液箱，铁屑和油污沉在箱底，切削液两三个月就发臭变质，只能整箱更换。每年换下的废液有 30 多吨，处理费用高，工件也容易生锈。',
    proposal:
      '在车间一端建一套集中过滤站：各台机床的回液经地沟流到磁性分离器和纸带过滤机，先分出铁屑和油泥，再用撇油器去掉浮油；处理后的切削液按浓度自动补液，用泵送回各台机床。原来的液箱保留作应急备用。',
    benefit: '切削液使用寿命由三个月延长到一年以上，废液减少八成，每年节约切削液采购和废液处理费用约 12 万元；车间异味明显减少，工件防锈也更可靠。',
    savingsYuan: 120000,
    forwardedBy: WANG,
    scores: [
      { judge: QIAN, s: [9, 8, 9], comment: '集中过滤的思路成熟，投入不大，节约效果算得清楚，建议在全市机加工企业推广。' },
      { judge: FENG, s: [8, 9, 9], comment: '方案可行，过滤站的日常维护和浓度检测制度要同步建立。' },
    ],
    award: '一等奖',
    implemented: true,
  },
  {
    key: 'nozzle',
    author: ZHOU,
    type: '职工微创新',
    title: '贴片机吸嘴快速清洗托架',
    problem: '贴片机吸嘴容易被锡膏和灰尘堵塞，造成抛料。以前要停机把吸嘴一个个拆下来，用细针和酒精手工清洗，一条线清洗一次要 40 分钟，还容易把吸嘴弄伤。',
    proposal: '用废旧料盘改做一个清洗托架，一次可以插 24 个吸嘴，整体放进超声波清洗机清洗 5 分钟，再用气枪逐排吹干。托架上按机台编号刻槽，装回时不会装错位置。',
    benefit: '每次清洗时间从 40 分钟缩短到 10 分钟，抛料率下降约一半，每年少损坏吸嘴 200 多个。',
    savingsYuan: 60000,
    forwardedBy: ZHAO,
    scores: [
      { judge: QIAN, s: [7, 9, 7], comment: '小改小革，成本很低，见效快。' },
      { judge: FENG, s: [7, 8, 8], comment: '托架简单实用，适合在电子企业推广。' },
    ],
    award: '优秀奖',
  },
  {
    key: 'infusion',
    author: LI,
    type: '发明创造',
    title: '输液余量提醒夹',
    problem: '病区夜班护士少、输液病人多，液体快输完时往往要靠病人或家属按铃，有时发现不及时造成回血，病人和家属都着急。',
    proposal:
      '设计一个夹在输液管滴壶上方的小夹子，里面装红外对管和纽扣电池。液面降到滴壶以下、管内出现空气时，夹子自动亮灯并发出轻柔的提示音，同时通过病区现有的呼叫系统在护士站显示床号。',
    benefit: '护士能提前两三分钟到床旁换液，减少回血和空等。在本科室试用一个月，夜班按铃次数下降三成，病人和家属都说安心。',
    savingsYuan: null,
    forwardedBy: SUN,
    scores: [
      { judge: QIAN, s: [8, 8, 9], comment: '切中夜班护理的难处，建议与医疗器械企业合作完善后推广。' },
      { judge: FENG, s: [9, 7, 8], comment: '设计巧妙，需注意电气安全和消毒要求。' },
    ],
    award: '二等奖',
  },
  {
    key: 'welding-jig',
    author: CHEN,
    type: '技术攻关',
    title: '薄板箱体焊接变形控制工装',
    problem: '3 毫米薄板箱体焊完后变形大，每件都要人工火焰矫形，一个焊工一天要花两个多小时矫形，返修率在 8% 左右。',
    proposal: '设计带铜垫板的快速夹紧工装，焊前把薄板压紧定位；把连续焊改为分段跳焊，用铜垫板加快散热。先在一条箱体生产线上试用，效果稳定后再推广。',
    benefit: '预计箱体焊后变形控制在 1 毫米以内，基本不用再火焰矫形，返修率降到 2% 以下，每年节约工时和材料约 9 万元。',
    savingsYuan: 90000,
    forwardedBy: WANG,
    scores: [
      { judge: QIAN, s: [6, 8, 7], comment: '攻关方向准确，建议补充试用数据。' },
      { judge: FENG, s: [7, 7, 6], comment: '工装设计合理，分段跳焊的工艺参数还需验证。' },
    ],
  },
  {
    key: 'lab',
    author: ZHENG,
    type: '合理化建议',
    title: '实验室仪器扫码借还',
    problem: '学校物理、化学实验室仪器多，借还靠纸质登记本，字迹不清、漏登的情况常有，期末清点要花好几天，仪器缺了也说不清在哪个班。',
    proposal: '给每件仪器贴上二维码标签，老师用手机扫码登记借出的班级和归还时间，系统自动汇总库存和借用记录，快到归还时间时提醒借用的老师。',
    benefit: '借还一次只要十几秒，期末清点从三天缩短到半天，仪器丢失或损坏能及时找到对应的班级。',
    savingsYuan: null,
    forwardedBy: SUN,
  },
  {
    key: 'shadow-board',
    author: LIU,
    type: '金点子',
    title: '装配工位工具形迹管理',
    problem: '装配工位的扳手、套筒、力矩扳手放得比较乱，找工具耽误时间，班后清点也麻烦，偶尔还有工具遗落在产品里。',
    proposal: '在每个工位的工具板上按工具轮廓做形迹槽，工具用完放回原位，缺了哪件一眼就能看出来；班前班后由班组长对照形迹板清点。',
    benefit: '每个工位每天找工具的时间可以减少 20 分钟左右，也能防止工具遗落在产品里造成质量事故。',
    savingsYuan: 30000,
  },
]

// ---------------------------------------------------------------- what it adds up to

const competitionsPublished = COMPETITIONS.filter((c) => !c.draft)
const exhibitedWorks = WORKS.filter((w) => w.review.some((r) => r.act === 'select'))
const forwardedIdeas = IDEAS.filter((i) => i.forwardedBy)
const adoptedIdeas = IDEAS.filter((i) => i.award)

/** What the seeding makes, as numbers (the test and the start-up line read them). */
export const DEMO_CONTENT = {
  extraWorkers: EXTRA_WORKERS.length,
  competitions: COMPETITIONS.length,
  competitionsPublished: competitionsPublished.length,
  competitionsFinished: COMPETITIONS.filter((c) => c.held).length,
  competitionDrafts: COMPETITIONS.filter((c) => c.draft).length,
  works: WORKS.length,
  worksExhibited: exhibitedWorks.length,
  worksLiked: exhibitedWorks.reduce((n, w) => n + (w.likes?.length ?? 0), 0),
  ideas: IDEAS.length,
  ideasForwarded: forwardedIdeas.length,
  ideasAdopted: adoptedIdeas.length,
} as const

/**
 * Who takes part (R10): those holding a place in a competition (team members too; not the pending, not
 * the waiting list), authors of works, authors and co-authors of submitted ideas.
 */
export function demoParticipants(): string[] {
  const people = new Set<string>()
  for (const c of competitionsPublished) {
    const pending = c.fields.needsApproval ? new Set((c.entries ?? []).map((e) => e.who).filter((w) => !(c.approve ?? []).includes(w))) : new Set<string>()
    ;(c.entries ?? []).forEach((e, i) => {
      if (pending.has(e.who) || i >= c.fields.capacity) return
      people.add(e.who)
      for (const m of e.team?.members ?? []) people.add(m)
    })
  }
  for (const w of WORKS) people.add(w.author)
  for (const i of IDEAS) for (const p of [i.author, ...(i.coAuthors ?? [])]) people.add(p)
  return [...people].sort()
}

export function describeDemoContent(): string {
  const d = DEMO_CONTENT
  return (
    `${d.competitions} competitions (${d.competitionsPublished} published, ${d.competitionsFinished} with results, ${d.competitionDrafts} draft), ` +
    `${d.works} works (${d.worksExhibited} in the exhibition), ${d.ideas} golden ideas (${d.ideasAdopted} adopted), ` +
    `${d.extraWorkers} more demo workers`
  )
}

// ---------------------------------------------------------------- running it

/** A step of the demo seeding that the product refused. */
export class DemoContentError extends Error {
  constructor(
    readonly action: string,
    readonly code: string,
    detail: string,
  ) {
    super(`demo content: ${action} failed: ${code}${detail ? ` (${detail})` : ''}`)
    this.name = 'DemoContentError'
  }
}

/** The fields of competition.update: those of create, less the organising unit (which never changes). */
function updateFields(f: CompetitionFields): Omit<CompetitionFields, 'organizerUnitId'> {
  const copy: Partial<CompetitionFields> = { ...f }
  delete copy.organizerUnitId
  return copy as Omit<CompetitionFields, 'organizerUnitId'>
}

/**
 * Seed the demo content into a local cloud that has the demo campaign, units and people (seedDemo).
 * `now` places the competitions' dates (the actions themselves run at the real time, as they would).
 */
export async function seedDemoContent(cloud: LocalCloud, now: number = Date.now()): Promise<void> {
  async function call<N extends ActionName>(name: N, input: InputOf<N>, openid: string): Promise<OutputOf<N>> {
    const { result } = await cloud.runtime.invoke<Result<OutputOf<N>>>(functionOf(name), { action: name, input }, { OPENID: openid })
    if (!result || typeof result !== 'object' || !('ok' in result)) throw new DemoContentError(name, 'NO_ANSWER', JSON.stringify(result))
    if (!result.ok) throw new DemoContentError(name, result.error.code, result.error.message)
    return result.data
  }
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`demo content: ${what}`)
  }
  const day = dayjs.tz(now, TZ).startOf('day')
  const at = ([d, h]: When) => day.add(d, 'day').hour(h).valueOf()
  // user ids: the demo people's are fixed (seed/demo.ts); the extra workers' come from joining
  const ids = new Map<string, string>()
  const uid = (openid: string) => ids.get(openid) ?? `user-${openid}`

  // ---- people: consent, profile, invite code from their union, join
  for (const p of EXTRA_WORKERS) {
    await call('people.agreePrivacy', { version: PRIVACY_VERSION }, p.openid)
    await call('people.saveProfile', { nickname: p.nickname, realName: p.realName, job: p.job }, p.openid)
    const invite = await call('org.createInvite', { unitId: p.unitId, days: 7 }, p.invitedBy)
    const me = await call('people.joinByInvite', { code: invite.code }, p.openid)
    expect(me.unit?.id === p.unitId, `${p.realName} did not join ${p.unitId}`)
    ids.set(p.openid, me.id)
  }
  await call('org.grantRole', { userId: uid(FENG), role: 'judge', unitId: 'u-city' }, SUN)

  // ---- competitions: created, published, signed up for; one held with results; one left a draft
  for (const plan of COMPETITIONS) {
    const dates = { signupStartAt: at(plan.signup[0]), signupEndAt: at(plan.signup[1]), eventStartAt: at(plan.event[0]), eventEndAt: at(plan.event[1]) }
    const made = await call('competition.create', { ...plan.fields, ...dates }, plan.organizer)
    if (plan.draft) continue
    await call('competition.publish', { competitionId: made.id }, plan.organizer)
    const signups = new Map<string, { id: string; ticketCode: string }>()
    for (const [i, e] of (plan.entries ?? []).entries()) {
      // what the app does first in the tap: ask to be told the organiser's decision
      cloud.openapi.recordSubscription(e.who, subscribeTemplates.signupReviewResult.id)
      const input = e.team ? { competitionId: made.id, teamName: e.team.name, memberIds: e.team.members.map(uid) } : { competitionId: made.id }
      const mine = await call('competition.signup', input, e.who)
      const expected = i >= plan.fields.capacity ? 'waitlisted' : plan.fields.needsApproval ? 'pending' : 'accepted'
      expect(mine.status === expected, `${plan.fields.title}: sign-up ${i + 1} is ${mine.status}, not ${expected}`)
      signups.set(e.who, { id: mine.id, ticketCode: mine.ticketCode })
    }
    const approve = (plan.approve ?? []).map((who) => signups.get(who)!.id)
    if (approve.length) {
      const decided = await call('competition.decide', { competitionId: made.id, signupIds: approve, approve: true }, plan.organizer)
      expect(decided.decided === approve.length, `${plan.fields.title}: ${decided.decided} of ${approve.length} approved`)
    }
    if (plan.held) {
      const past = {
        signupStartAt: at(plan.held.signup[0]),
        signupEndAt: at(plan.held.signup[1]),
        eventStartAt: at(plan.held.event[0]),
        eventEndAt: at(plan.held.event[1]),
      }
      await call('competition.update', { competitionId: made.id, ...updateFields(plan.fields), ...past }, plan.organizer)
      for (const s of signups.values()) await call('competition.checkIn', { competitionId: made.id, code: s.ticketCode }, plan.organizer)
      const results = plan.held.results.map((r, i) => ({ signupId: signups.get(r.who)!.id, rank: i + 1, award: r.award }))
      await call('competition.publishResults', { competitionId: made.id, results }, plan.organizer)
    }
  }

  // ---- works: pictures uploaded into the author's folder as the picker does, then submitted
  const workIds: string[] = []
  let seed = 1
  for (const plan of WORKS) {
    const images: string[] = []
    for (const kind of plan.pictures) {
      const name = `${Date.now().toString(36)}-${crypto.randomBytes(4).toString('hex')}-${seed}.png`
      images.push(await cloud.storage.putFromClient(`works/${uid(plan.author)}/${name}`, picture(kind, seed++)))
    }
    cloud.openapi.recordSubscription(plan.author, subscribeTemplates.workReviewResult.id)
    const work = await call('works.submit', { category: plan.category, title: plan.title, description: plan.description, images }, plan.author)
    workIds.push(work.id)
  }
  // WeChat's media check reports on every picture (on a running server it would take a few seconds)
  await cloud.openapi.flushMediaChecks()
  for (const [i, plan] of WORKS.entries()) {
    const work = await call('works.myWork', { workId: workIds[i] }, plan.author)
    expect(work.status === 'reviewing', `${plan.title} is ${work.status} after the media check, not reviewing`)
    for (const step of plan.review) {
      const decision = await call(step.act === 'select' ? 'works.select' : 'works.recommend', { workId: work.id }, step.who)
      expect(step.act !== 'select' || decision.status === 'exhibited', `${plan.title} is ${decision.status}, not exhibited`)
    }
  }
  for (const [i, plan] of WORKS.entries()) for (const who of plan.likes ?? []) await call('works.like', { workId: workIds[i] }, who)

  // ---- golden ideas: submitted, forwarded by the unit, judged by a panel of two, adopted with awards
  const ideaIds = new Map<string, string>()
  for (const plan of IDEAS) {
    cloud.openapi.recordSubscription(plan.author, subscribeTemplates.ideaReviewResult.id)
    const idea = await call(
      'ideas.submit',
      {
        type: plan.type,
        title: plan.title,
        problem: plan.problem,
        proposal: plan.proposal,
        benefit: plan.benefit,
        savingsYuan: plan.savingsYuan,
        coAuthorIds: (plan.coAuthors ?? []).map(uid),
      },
      plan.author,
    )
    ideaIds.set(plan.key, idea.id)
  }
  for (const plan of forwardedIdeas) await call('ideas.decide', { ideaId: ideaIds.get(plan.key)!, decision: 'forward' }, plan.forwardedBy!)
  const panel = await call('ideas.savePanel', { name: '第一评审组', judgeIds: [uid(QIAN), uid(FENG)] }, SUN)
  const assigned = await call('ideas.assign', { ideaIds: forwardedIdeas.map((p) => ideaIds.get(p.key)!), panelId: panel.id }, SUN)
  expect(assigned.assigned === forwardedIdeas.length, `${assigned.assigned} of ${forwardedIdeas.length} ideas assigned`)
  for (const plan of forwardedIdeas) {
    for (const s of plan.scores ?? []) {
      await call('ideas.score', { ideaId: ideaIds.get(plan.key)!, innovation: s.s[0], feasibility: s.s[1], benefit: s.s[2], comment: s.comment }, s.judge)
    }
  }
  // adopted in the order of the awards' announcement
  for (const plan of [...adoptedIdeas].reverse()) await call('ideas.adopt', { ideaId: ideaIds.get(plan.key)!, award: plan.award! }, SUN)
  for (const plan of IDEAS.filter((i) => i.implemented)) await call('ideas.setImplemented', { ideaId: ideaIds.get(plan.key)!, implemented: true }, SUN)

  // ---- the city union's seal for e-certificates, uploaded by its admin and passed by the media check
  const sealFile = await cloud.storage.putFromClient(`honours/${uid(SUN)}/seal.png`, demoSeal('市总工会'))
  await call('honours.setSeal', { file: sealFile }, SUN)
  await cloud.openapi.flushMediaChecks()
  expect((await call('honours.seal', {}, SUN)).current !== null, 'the seal is in use after the media check')

  // ---- the campaign's counters moved as the actions moved them: check they say what was done
  const home = await call('campaign.home', { campaignId: DEMO_CAMPAIGN_ID }, SUN)
  const count = (key: string) => home.targets.find((t) => t.key === key)?.count
  expect(count('competitions') === DEMO_CONTENT.competitionsFinished, `campaign counts ${count('competitions')} competitions held`)
  expect(count('works') === DEMO_CONTENT.worksExhibited, `campaign counts ${count('works')} works exhibited`)
  expect(count('ideas') === DEMO_CONTENT.ideasForwarded, `campaign counts ${count('ideas')} ideas collected`)
  expect(count('participants') === demoParticipants().length, `campaign counts ${count('participants')} participants, not ${demoParticipants().length}`)
  expect(home.stats.ideasAdopted === DEMO_CONTENT.ideasAdopted, `campaign counts ${home.stats.ideasAdopted} ideas adopted`)
}
