// Works and the online exhibition (展职工作品, R5): what workers make, how a work climbs from the
// author's unit to the city union's exhibition of 100, and what the public gallery shows of it.
import type { UnitRef } from './people'

export { WORK_LIMITS } from '../limits/works'

export const WORK_CATEGORIES = ['书法', '绘画', '摄影', '雕刻', '湘绣', '其他'] as const
export type WorkCategory = (typeof WORK_CATEGORIES)[number]

/** How many works the city union's exhibition holds when the campaign sets no other goal (百幅). */
export const EXHIBITION_SIZE = 100

/**
 * draft → reviewing (at a unit: the author's own first, then higher as chairs pass it up) → exhibited
 * (selected by the city union). The machine check of the images (`WorkCheck`) runs beside the review:
 * a chair reviews while it waits, but nothing is exhibited before it passed.
 * reviewing → blocked when an image fails the check; reviewing → rejected by a chair with a reason;
 * exhibited → reviewing (at the city) when the city withdraws the selection. A blocked or rejected
 * work can be edited (it becomes a draft again) and submitted again.
 */
export type WorkStatus = 'draft' | 'blocked' | 'reviewing' | 'rejected' | 'exhibited'

/**
 * WeChat's machine check of a submitted work's images: waiting (sent, no verdict yet), passed (every
 * image), manual (no verdict came after every try: handed to a person; never exhibited before a pass).
 */
export type WorkCheck = 'waiting' | 'passed' | 'manual'

/** What the machine check means, as the author and the chairs read it beside the work (empty: nothing to say). */
export const WORK_CHECK_NOTES: Record<WorkCheck, string> = {
  waiting: '图片正在进行内容安全检测，审核可以照常进行；检测通过前不会公开展示',
  passed: '',
  manual: '图片多次未能完成自动检测，已转人工核对：请仔细查看图片；检测通过前不能入展',
}

export type WorkStepKind = 'submitted' | 'checked' | 'blocked' | 'recommended' | 'rejected' | 'exhibited' | 'withdrawn'

/** One step of a work's way, as the author sees it. */
export interface WorkStep {
  kind: WorkStepKind
  /** The unit whose chair acted (none for the machine check). */
  unit: UnitRef | null
  /** Why (a rejection, a block, a withdrawal). */
  reason: string
  at: number
}

export interface WorkImage {
  /** For lists: about 400 px, square-cropped. */
  thumbUrl: string | null
  /** For the large view: at most 1080 px on the long side. */
  previewUrl: string | null
}

/** A card of the public gallery. */
export interface GalleryItem {
  id: string
  title: string
  category: WorkCategory
  authorName: string
  unitName: string
  coverUrl: string | null
  imageCount: number
  likeCount: number
}

/** The public page of an exhibited work: the work, its author's name and unit, nothing more about them. */
export interface WorkPublic {
  id: string
  title: string
  category: WorkCategory
  description: string
  images: WorkImage[]
  authorName: string
  unitName: string
  likeCount: number
  /** Whether the caller has liked it (false for a caller without an identity). */
  liked: boolean
  exhibitedAt: number
}

/** Where a work in review sits now. */
export interface WorkStage {
  unit: UnitRef
  /** How many times chairs have passed it up (0: still at the author's own unit). */
  passes: number
}

/** The author's view of one of their works. */
export interface MyWork {
  id: string
  status: WorkStatus
  category: WorkCategory | null
  title: string
  description: string
  /** The author sees their own images at every stage; `fileId` lets a draft be edited. */
  images: Array<WorkImage & { fileId: string }>
  unit: UnitRef | null
  stage: WorkStage | null
  /** Why it was blocked or rejected (empty otherwise). */
  reason: string
  /** The machine check of the images since the last submission (null: never submitted). */
  check: WorkCheck | null
  steps: WorkStep[]
  likeCount: number
  updatedAt: number
  submittedAt: number | null
}

/** A work as a chair reviews it. */
export interface ReviewWork {
  id: string
  title: string
  category: WorkCategory
  description: string
  images: WorkImage[]
  authorName: string
  unit: UnitRef
  stage: WorkStage
  /** The machine check asked for a person's look (text or an image judged "review"): read it closely. */
  flagged: boolean
  /**
   * The machine check of the images: a chair may decide while it waits (images not yet checked are
   * shown to staff only, at their original size); the city cannot select a work before it passed.
   */
  check: WorkCheck
  steps: WorkStep[]
  submittedAt: number
  likeCount: number
}

/** What a chair's decision answers: where the work is now. */
export interface WorkDecision {
  id: string
  status: WorkStatus
  stage: WorkStage | null
}

/** The city union's view: works sent up from the units, or those in the exhibition, with its fill. */
export interface SelectionPage {
  items: ReviewWork[]
  hasMore: boolean
  /** Works in the exhibition now, and how many it holds. */
  exhibitedCount: number
  capacity: number
}

/** One decision a unit's chairs made on a work (works review's 已处理 history). */
export interface ReviewDecision {
  workId: string
  title: string
  authorName: string
  unitName: string
  decision: 'recommended' | 'rejected'
  reason: string
  at: number
  /** Where the work stands now (it may have moved on since). */
  status: WorkStatus
}
