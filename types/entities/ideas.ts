// Golden ideas (R6, 展职工智慧): what workers submit, what unit chairs, judges and the city union see of
// them. Judges get their own view types (JudgeQueueItem, JudgeIdea) that have no field for the author,
// the unit, co-authors or other judges' scores: blind review is a property of the types, not a filter.
// Plain constants only here (no schema code), so pages can import them.

export const IDEA_TYPES = ['合理化建议', '金点子', '职工微创新', '技术革新', '技术攻关', '发明创造'] as const
export type IdeaType = (typeof IDEA_TYPES)[number]

export const AWARD_LEVELS = ['一等奖', '二等奖', '三等奖', '优秀奖'] as const
export type AwardLevel = (typeof AWARD_LEVELS)[number]

/**
 * The scoring rubric, declared once. Each criterion is an integer 0–10; the weights are integers that sum
 * to 10, so an idea's weighted total is an integer on a 0–100 scale (no floating-point sums anywhere).
 */
export const RUBRIC = [
  { key: 'innovation', label: '创新性', weight: 4, hint: '新不新：别人没想到、没做过的程度' },
  { key: 'feasibility', label: '可行性', weight: 3, hint: '能不能做：技术、成本、安全上是否行得通' },
  { key: 'benefit', label: '效益', weight: 3, hint: '值不值：节约、增效、安全、质量上的好处' },
] as const
export type RubricKey = (typeof RUBRIC)[number]['key']
export const RUBRIC_MAX = 10

export const TOTAL_MAX = 100

/** How many judges must have scored an idea before the city union can adopt it. */
export const MIN_SCORES_TO_ADOPT = 2

/** The weighted total (0–100) of one judge's scores. */
export const weightedTotal = (s: Record<RubricKey, number>): number => RUBRIC.reduce((sum, c) => sum + c.weight * s[c.key], 0)

/**
 * draft → submitted (content check passed) → forwarded (unit chair accepted) → reviewing (assigned to a
 * panel) → adopted (city union; ≥ 2 scores) or declined.
 * submitted → returned (author revises and resubmits → submitted) or rejected (final).
 * forwarded / reviewing → merged (a duplicate joined to another idea instead of being judged twice).
 */
export const IDEA_STATUSES = ['draft', 'submitted', 'returned', 'rejected', 'forwarded', 'reviewing', 'adopted', 'declined', 'merged'] as const
export type IdeaStatus = (typeof IDEA_STATUSES)[number]

export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  draft: '草稿',
  submitted: '待单位审核',
  returned: '退回修改',
  rejected: '未通过',
  forwarded: '待专家评审',
  reviewing: '专家评审中',
  adopted: '已采纳',
  declined: '未采纳',
  merged: '已合并',
}

export interface PersonRef {
  userId: string
  realName: string
}

/** What the author writes. `savingsYuan`: estimated savings per year, in yuan, when they can say. */
export interface IdeaContent {
  type: IdeaType
  title: string
  problem: string
  proposal: string
  benefit: string
  savingsYuan: number | null
}

/** An image as its author sees it: still being checked, passed, or refused by the content check. */
export interface OwnImage {
  /** The file the author uploaded (what a resubmission sends back). */
  fileId: string
  url: string | null
  check: 'checking' | 'pass' | 'risky'
}

/** An existing idea close to the one being written or reviewed. Never names the author. */
export interface SimilarIdea {
  id: string
  title: string
  type: IdeaType
  status: IdeaStatus
  /** Cosine similarity, 0–1. */
  similarity: number
  /** The viewer is its author or a co-author. */
  mine: boolean
}

/** A row of "我的金点子". */
export interface MyIdea {
  id: string
  type: IdeaType
  title: string
  status: IdeaStatus
  /** Why it was returned, rejected or declined. */
  reason: string
  award: AwardLevel | null
  implemented: boolean
  /** The viewer wrote it (false: a co-author's view). */
  isAuthor: boolean
  submittedAt: number | null
  updatedAt: number
}

export interface MyIdeaDetail extends MyIdea, IdeaContent {
  images: OwnImage[]
  coAuthors: PersonRef[]
  author: PersonRef
  /** The idea it duplicates, when a reviewer said so. */
  duplicateOf: { id: string; title: string } | null
  /** Draft or returned, and the viewer is the author. */
  canEdit: boolean
}

export interface ScoreSummary {
  count: number
  /** Mean of the judges' weighted totals (0–100, one decimal); null before any score. */
  mean: number | null
  /** max − min of the judges' weighted totals: how far the judges disagree. */
  spread: number | null
}

/** A unit chair's review list row. */
export interface ReviewRow {
  id: string
  type: IdeaType
  title: string
  status: IdeaStatus
  author: PersonRef
  unitName: string
  coAuthorCount: number
  /** How many times it has been submitted (2+ = resubmitted after a return). */
  rounds: number
  submittedAt: number
}

/** The chair's (and the city's) full view: the person and unit are part of their review. */
export interface ReviewIdea extends IdeaContent {
  id: string
  status: IdeaStatus
  author: PersonRef & { job: string }
  unit: { id: string; name: string }
  coAuthors: PersonRef[]
  /** Images that passed the content check. */
  imageUrls: string[]
  /** Images still being checked (not shown to anyone but the author yet). */
  imagesChecking: number
  reason: string
  rounds: number
  submittedAt: number
  duplicateOf: { id: string; title: string } | null
  similar: SimilarIdea[]
  /** The viewer may accept, return or reject it now. */
  canDecide: boolean
}

/** A judge's queue row: the idea, never who wrote it. */
export interface JudgeQueueItem {
  id: string
  type: IdeaType
  title: string
  excerpt: string
  assignedAt: number
  /** The viewer's own weighted total, once they have scored. */
  myTotal: number | null
}

export interface JudgeScore {
  innovation: number
  feasibility: number
  benefit: number
  total: number
  comment: string
  scoredAt: number
}

/** What a judge sees of an idea. Other judges' scores appear (as numbers only) after their own. */
export interface JudgeIdea extends IdeaContent {
  id: string
  status: IdeaStatus
  imageUrls: string[]
  mine: JudgeScore | null
  /** Only once `mine` is set: the panel's summary so far and the other totals, without names. */
  panel: (ScoreSummary & { otherTotals: number[] }) | null
  similar: SimilarIdea[]
}

export interface PanelView {
  id: string
  name: string
  judges: PersonRef[]
  /** Ideas assigned to it and still under review. */
  reviewing: number
}

export interface JudgeOption extends PersonRef {
  job: string
  unitName: string
}

/** The city union's list row. */
export interface CityRow {
  id: string
  type: IdeaType
  title: string
  status: IdeaStatus
  author: PersonRef
  unitName: string
  panel: { id: string; name: string } | null
  score: ScoreSummary
  award: AwardLevel | null
  implemented: boolean
  forwardedAt: number | null
}

export interface CityScore extends JudgeScore {
  judge: PersonRef
}

export interface CityIdea extends ReviewIdea {
  panel: { id: string; name: string } | null
  score: ScoreSummary
  scores: CityScore[]
  award: AwardLevel | null
  implemented: boolean
  mergedFrom: Array<{ id: string; title: string }>
}

/** An adopted idea on the public showcase. */
export interface ShowcaseItem {
  id: string
  type: IdeaType
  title: string
  summary: string
  authorName: string
  coAuthorNames: string[]
  unitName: string
  award: AwardLevel | null
  implemented: boolean
  adoptedAt: number
  coverUrl: string | null
}

export interface ShowcaseIdea extends ShowcaseItem {
  problem: string
  proposal: string
  benefit: string
  savingsYuan: number | null
  imageUrls: string[]
}
