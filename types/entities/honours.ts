import { chars, count, range } from '../limits'
// 展职工风采 (R3, R2): quotas set by the city union and split down the tree, nominations by unit chairs,
// review up the tree, the public notice (公示) with objections, commendation with e-certificates, and
// the 匠心筑梦 feature stories of up to 100 commended workers.
import type { UnitRef } from './people'

export const HONOUR_CATEGORIES = ['劳动模范', '先进工作者', '最美职工', '工匠能手', '巾帼建功标兵'] as const
export type HonourCategory = (typeof HONOUR_CATEGORIES)[number]

/** Every bound of the honours line (actions/honours.ts, the server and the pages read these). */
export const HONOUR_LIMITS = {
  /** How many the campaign commends when it sets no other goal (千名). */
  goal: 1000,
  /** How many stories the city union publishes (百名). */
  stories: 100,
  quota: range(0, 1000, (a, b) => `${a} 到 ${b} 之间的整数`),
  /** Area unions in one quota call: every industry and township union at once. */
  quotaRows: count(1, 200),
  nomineeName: chars(2, 20),
  job: chars(2, 30),
  deeds: chars(50, 1500, (a, b) => `${a} 到 ${b} 个字，写清具体事迹和成绩`),
  reason: chars(2, 100),
  objection: chars(10, 300, (a, b) => `${a} 到 ${b} 个字，只有市总工会能看到`),
  /** Objections one person may send in one day (Asia/Shanghai). */
  objectionsPerDay: 5,
  noticeDays: range(5, 15, (a, b) => `公示期 ${a} 到 ${b} 天`),
  noticeDefaultDays: 5,
  /** Names on one page of the public notice. */
  noticePage: 100,
  storyTitle: chars(4, 30),
  storyLead: chars(10, 120),
  storyBlocks: count(1, 40, (_a, b) => `最多 ${b} 段`),
  paragraph: chars(1, 1000),
  caption: chars(0, 40),
  storyImages: count(0, 12, (_a, b) => `最多 ${b} 张图片`),
  /** All the text of a story: 20,000 characters are about 60 KB, within the cloud's 100 KB request limit. */
  storyChars: 20000,
  issuer: chars(4, 30),
  imageMaxBytes: 10 * 1024 * 1024,
} as const

/**
 * draft → reviewing (at the area union, then at the city) → approved (the city passed it: ready for the
 * notice) → noticed (on the public notice) → commended. reviewing → returned (to the nominating chair,
 * with a reason; edit and submit again) or rejected (with a reason; its quota place is given back);
 * noticed → removed (an objection was upheld).
 */
export type NominationStatus = 'draft' | 'reviewing' | 'returned' | 'rejected' | 'approved' | 'noticed' | 'removed' | 'commended'

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: '草稿',
  reviewing: '审核中',
  returned: '已退回',
  rejected: '未通过',
  approved: '待公示',
  noticed: '公示中',
  removed: '公示未通过',
  commended: '已表彰',
}

export const DECISIONS = ['forward', 'return', 'reject'] as const
export type Decision = (typeof DECISIONS)[number]
export const DECISION_LABELS: Record<Decision, string> = { forward: '同意上报', return: '退回修改', reject: '不予推荐' }

/** How the nominee agreed to be put forward: in the app themselves, or on paper the chair keeps. */
export type ConsentKind = 'app' | 'paper'
export const CONSENT_LABELS: Record<ConsentKind | 'pending', string> = { app: '本人已在小程序确认', paper: '已收书面同意书', pending: '待本人确认' }

export type ObjectionStatus = 'open' | 'upheld' | 'dismissed'
export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = { open: '待核实', upheld: '异议成立', dismissed: '异议不成立' }

export type StoryStatus = 'draft' | 'reviewing' | 'published'
export const STORY_STATUS_LABELS: Record<StoryStatus, string> = { draft: '草稿', reviewing: '待审核', published: '已发布' }

/** A quota row: what a union may put forward and how much of it is given out or used. */
export interface QuotaRow {
  unit: UnitRef
  quota: number
  /** Area unions: given to their units. Grassroots unions: nominations holding a place. */
  used: number
}

export interface QuotaView {
  /** The union whose children are listed (the city or an area union). */
  unit: UnitRef
  /** What it may give out (the campaign goal at the city). */
  quota: number
  allocated: number
  rows: QuotaRow[]
}

export interface NominationStep {
  kind: 'submitted' | Decision | 'approved' | 'noticed' | 'removed' | 'commended' | 'consented'
  unit: UnitRef | null
  reason: string
  at: number
}

/** A nomination as its chair and the reviewers see it (never its objections or objectors). */
export interface NominationView {
  id: string
  status: NominationStatus
  nomineeName: string
  /** The nominee's account when they are a member of the app. */
  nomineeUserId: string | null
  job: string
  category: HonourCategory | null
  deeds: string
  photoUrl: string | null
  /** manual: no machine verdict came; a person decides (the photo stays hidden until it passes). */
  photoCheck: 'none' | 'pending' | 'pass' | 'risky' | 'manual'
  consent: ConsentKind | 'pending'
  unit: UnitRef
  /** The union whose chairs decide now (while reviewing). */
  atUnit: UnitRef | null
  reason: string
  steps: NominationStep[]
  updatedAt: number
}

/** One line of the public notice: nothing more than this. */
export interface NoticeLine {
  id: string
  name: string
  unitName: string
  job: string
  category: HonourCategory
}

export interface NoticePage {
  /** No notice published yet: null. */
  notice: { startAt: number; endAt: number; total: number; open: boolean } | null
  items: NoticeLine[]
  hasMore: boolean
}

/** An objection as the city union reads it. */
export interface ObjectionView {
  id: string
  nominationId: string
  nomineeName: string
  unitName: string
  reason: string
  status: ObjectionStatus
  resolution: string
  createdAt: number
}

/** What the public verification page shows. */
export interface Verification {
  number: string
  name: string
  category: HonourCategory
  issuer: string
  issuedAt: number
  status: 'valid' | 'revoked'
  revokedReason: string
}

/** The worker's own honours (我的): consent to give, certificates to open. */
export interface MyHonour {
  id: string
  status: NominationStatus
  category: HonourCategory | null
  unitName: string
  consent: ConsentKind | 'pending'
  certificate: { number: string; imageUrl: string | null; status: 'valid' | 'revoked' } | null
}

/** The words of the e-certificate image (the server draws them around the name, honour, issuer and date). */
export const CERTIFICATE_WORDING = {
  title: '荣誉证书',
  salutation: '同志：',
  body: '经基层工会推荐、上级工会逐级审核并向社会公示，被评为',
  closing: '特发此证，以资鼓励。',
  scan: '微信扫码验证真伪',
  numberLabel: '证书编号：',
} as const

/**
 * The union's seal as the city union's page shows it. current: the seal new certificates carry (null until
 * one passed the media check). pending: the latest upload while its check runs, or when it failed
 * (risky) or waits for a person (manual); null once it became current.
 */
export interface SealView {
  current: { url: string | null; at: number } | null
  pending: { url: string | null; check: 'pending' | 'risky' | 'manual'; at: number } | null
}

/** A worker's own certificate: what it says, and its image (a temporary URL, about two hours). */
export interface CertificateView extends Verification {
  imageUrl: string
  width: number
  height: number
}

/** A certificate number: year, sequence, and four letters that make a guessed number fail (2027-0001-K7QM). */
export const CERTIFICATE_NUMBER = /^\d{4}-\d{4}-[2-9A-HJ-NP-Z]{4}$/
/** Characters of a certificate number as CERTIFICATE_NUMBER spells it (the input boxes' maxlength). */
export const CERTIFICATE_NUMBER_LENGTH = 14

// The public honours pages live in the package-honours subpackage: a shared card or a scanned code that
// opens a subpackage page downloads the main package and that subpackage, then shows the page
// (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html), so they need not
// weigh on the main package every worker downloads at launch.
/** Where a shared story card opens. */
export const STORY_PAGE = '/package-honours/pages/story/index'
/** The public notice (公示). */
export const NOTICE_PAGE = '/package-honours/pages/notice/index'
/**
 * The public page a certificate's mini-program code opens (scene = the certificate number, 14 characters).
 * Without the leading slash: wxacode.getUnlimited's `page` takes the path that way; pages add the slash.
 */
export const VERIFY_PAGE = 'package-honours/pages/verify/index'

/** A block of a 匠心筑梦 story: structured, never HTML. */
export type StoryBlock = { kind: 'paragraph'; text: string } | { kind: 'image'; file: string; caption: string }

/** A block as pages show it: an image block carries its URL (null until its check passed). */
export type StoryBlockView = { kind: 'paragraph'; text: string } | { kind: 'image'; url: string | null; caption: string }

export interface StoryCard {
  id: string
  title: string
  lead: string
  name: string
  unitName: string
  category: HonourCategory
  coverUrl: string | null
  likeCount: number
  publishedAt: number
}

/** The public story page, with what its share card needs. */
export interface StoryPublic extends StoryCard {
  blocks: StoryBlockView[]
  liked: boolean
  share: { title: string; path: string; imageUrl: string | null }
}

/** A commended worker as the city union's editors see them: their certificate and their story, if any. */
export interface CommendedView {
  nominationId: string
  name: string
  unitName: string
  category: HonourCategory
  certificate: { number: string; status: 'valid' | 'revoked' } | null
  story: { id: string; status: StoryStatus } | null
}

/** A story as the city union's editors see it. */
export interface StoryDraft {
  id: string
  nominationId: string
  status: StoryStatus
  title: string
  lead: string
  blocks: StoryBlock[]
  /** Images still waiting for (or failed) the media check. */
  imagesPending: number
  imagesBlocked: number
  reason: string
  updatedAt: number
}
