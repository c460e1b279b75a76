import { chars, count, range } from '../limits'

// 展工会爱心 (R7): care visits to workers in hardship, migrant workers and model workers. The records are
// sensitive personal information (PIPL art. 28: health, income, family difficulty): every picklist, bound and
// wording of the feature is here, read by the server's schemas, the forms, their hints and `maxlength`.

/** Who was visited. 困难职工 and 农民工 count toward the 1,000; 劳动模范 toward the 100. */
export const CARE_CATEGORIES = ['hardship', 'migrant', 'model'] as const
export type CareCategory = (typeof CARE_CATEGORIES)[number]
export const CARE_CATEGORY_LABELS: Record<CareCategory, string> = { hardship: '困难职工', migrant: '农民工', model: '劳动模范' }

/** The two care targets of the campaign (keys of the campaign's targets) and which categories count toward each. */
export const CARE_TARGETS = { hardshipVisits: ['hardship', 'migrant'], modelWorkerVisits: ['model'] } as const satisfies Record<string, readonly CareCategory[]>
export type CareTarget = keyof typeof CARE_TARGETS
export const careTargetOf = (c: CareCategory): CareTarget => (c === 'model' ? 'modelWorkerVisits' : 'hardshipVisits')

/** The difficulty as chosen categories; the free note stays short and optional. */
export const CARE_DIFFICULTIES = ['illness', 'disability', 'lowIncome', 'unemployment', 'schooling', 'housing', 'disaster', 'family', 'other'] as const
export type CareDifficulty = (typeof CARE_DIFFICULTIES)[number]
export const CARE_DIFFICULTY_LABELS: Record<CareDifficulty, string> = {
  illness: '因病',
  disability: '因残',
  lowIncome: '收入低',
  unemployment: '失业下岗',
  schooling: '子女就学',
  housing: '住房困难',
  disaster: '遭受灾害',
  family: '家庭变故',
  other: '其他',
}

/** What was given. Amounts are whole yuan (money) or the value in yuan (goods, services). */
export const CARE_HELP_KINDS = ['money', 'goods', 'service'] as const
export type CareHelpKind = (typeof CARE_HELP_KINDS)[number]
export const CARE_HELP_LABELS: Record<CareHelpKind, string> = { money: '慰问金', goods: '慰问品', service: '帮扶服务' }

/**
 * The lawful basis of processing the record (PIPL art. 13, 29): separate consent of the person for
 * sensitive information, or the union's statutory duty to help workers in difficulty (工会法 art. 6, 30)
 * where consent cannot reasonably be asked.
 */
export const CARE_LAWFUL_BASES = ['writtenConsent', 'verbalConsent', 'statutoryDuty'] as const
export type CareLawfulBasis = (typeof CARE_LAWFUL_BASES)[number]
export const CARE_LAWFUL_BASIS_LABELS: Record<CareLawfulBasis, string> = {
  writtenConsent: '本人书面同意',
  verbalConsent: '本人口头同意（经办人记录）',
  statutoryDuty: '履行工会帮扶法定职责',
}

export const CARE_LIMITS = {
  personName: chars(2, 20, () => '只有本单位工会能看到全名'),
  /** Mainland mobile number of someone entered by staff: with the name, who they are across visits. */
  phone: chars(11, 11, (n) => `${n} 位手机号，用于识别同一人，只有本单位工会能看到`),
  difficulties: count(1, 4, (_a, b) => `最多选 ${b} 项`),
  note: chars(0, 100, (_a, b) => `可不填；最多 ${b} 字，不要写身份证号等信息`),
  help: count(1, 3),
  /** Whole yuan. */
  amount: range(0, 100_000, (a, b) => `${a} 到 ${b} 元`),
  helpDetail: chars(0, 30),
  visitors: count(1, 5, (a, b) => `${a} 到 ${b} 人`),
  visitorName: chars(2, 20),
  followUpNote: chars(0, 100),
  /** Days after the campaign ends that records are kept before they are anonymised. */
  retentionDays: range(30, 1825, (a, b) => `${a} 到 ${b} 天`),
  /** Rows in one export. */
  exportRows: 5000,
  /** People one search of the record form's picker shows. */
  pickerResults: 20,
} as const

/** Where the record form finds the person: the unit's members, or the model workers the honours line commended. */
export const CARE_PICK_SOURCES = ['member', 'commended'] as const
export type CarePickSource = (typeof CARE_PICK_SOURCES)[number]
export const CARE_PICK_SOURCE_LABELS: Record<CarePickSource, string> = { member: '本单位会员', commended: '受表彰劳模' }
/** The honour whose commended workers the 100 model-worker visits are for. */
export const CARE_MODEL_HONOUR = '劳动模范'

/** One person the picker offers: what the form needs to choose and nothing more (no phone, no profile). */
export interface CarePersonOption {
  kind: CarePickSource
  /** The member's user id, or the commendation's nomination id. */
  id: string
  name: string
  unitName: string
  /** Commended workers: the honour and the certificate number. */
  honour: string
  certificateNo: string
}

/** Kept this many days after the campaign ends unless the city union sets otherwise. */
export const CARE_DEFAULT_RETENTION_DAYS = 365
/** A follow-up within this many days is 即将到期. */
export const CARE_DUE_SOON_DAYS = 7
export const CARE_PAGE_SIZE = 20

export const CARE_FILTERS = ['all', 'due', 'overdue'] as const
export type CareFilter = (typeof CARE_FILTERS)[number]
export const CARE_FILTER_LABELS: Record<CareFilter, string> = { all: '全部', due: '即将回访', overdue: '回访逾期' }

export type FollowUpState = 'none' | 'due' | 'later' | 'overdue' | 'done'
export const FOLLOW_UP_LABELS: Record<FollowUpState, string> = { none: '无需回访', due: '即将回访', later: '待回访', overdue: '回访逾期', done: '已回访' }

export interface CareHelp {
  kind: CareHelpKind
  amount: number
  detail: string
}

/** A visit as staff see it. Identifying fields are masked unless the caller is staff of the owning unit. */
export interface CareVisitView {
  id: string
  unit: { id: string; name: string }
  person: {
    kind: 'member' | 'entered' | 'commended'
    name: string
    /** A commended model worker's certificate number; empty when masked or not commended. */
    certificateNo: string
    /** Masked like 138****5678; empty for a member. */
    phone: string
  }
  /** True when name and phone are masked and the note withheld (the caller is outside the owning unit). */
  masked: boolean
  category: CareCategory
  difficulties: CareDifficulty[]
  /** null when withheld from the caller. */
  note: string | null
  help: CareHelp[]
  visitedAt: number
  visitors: string[]
  followUpAt: number | null
  followUpDoneAt: number | null
  followUpNote: string | null
  followUp: FollowUpState
  lawfulBasis: CareLawfulBasis
  /** Whether this visit made its person count toward the target (the first visit of them). */
  counted: boolean
  recordedBy: string
  createdAt: number
  /** Set when retention removed the identifying fields. */
  anonymisedAt: number | null
}

export interface CareVisitPage {
  items: CareVisitView[]
  hasMore: boolean
}

export type CareLogOutcome = 'ok' | string

export interface CareLogEntry {
  /** The log is several hash chains side by side (writes at the same time join different ones). */
  chain: number
  /** The entry's number within its chain. */
  seq: number
  at: number
  actor: { userId: string | null; name: string; openid: string | null }
  action: string
  outcome: CareLogOutcome
  /** The records touched or asked for. */
  visitIds: string[]
  unitId: string | null
  /** e.g. the rows of an export, the number of records a retention run anonymised. */
  detail: string
  hash: string
}

export interface CareLogPage {
  items: CareLogEntry[]
  hasMore: boolean
  total: number
}

export interface CareLogVerification {
  /** Entries checked, every chain from its first. */
  checked: number
  intact: boolean
  /** The first entry whose hash does not follow from the one before in its chain (null when intact). */
  brokenAt: { chain: number; seq: number } | null
  /** A hash over the last hash of every chain: noted down, it shows later whether anything before changed. */
  digest: string
}

export interface CareRetentionRun {
  seq: number
  at: number
  anonymised: number
  visitIds: string[]
}

export interface CareRetention {
  retentionDays: number
  /** When the campaign's records become due for anonymising (null: no campaign). */
  purgeAfter: number | null
  runs: CareRetentionRun[]
}
