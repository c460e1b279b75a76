import * as v from 'valibot'
import { action, returns, type Page } from '../contract'
import { searchKeyword } from '../wording/search'
import {
  type ReviewDecision,
  WORK_CATEGORIES,
  WORK_LIMITS,
  type GalleryItem,
  type MyWork,
  type ReviewWork,
  type SelectionPage,
  type WorkDecision,
  type WorkPublic,
} from '../entities/works'
import type { ExportFile } from '../entities/exports'
import { fileId, id, optionalText, page, text } from '../schemas'

const CHAIRS = ['unit_chair', 'area_chair', 'city_admin'] as const
/** The author's own works: a member with a unit (the worker role), on nothing but their own records. */
const AUTHOR = { who: 'member', roles: ['worker'], scope: { kind: 'self' } } as const
const onWork = { kind: 'record', collection: 'works', field: 'workId' } as const

const category = v.picklist(WORK_CATEGORIES, '请选择作品类别')

/** The uploaded images in the author's order; the same file twice is a slip of the finger. */
const images = (min: number) =>
  v.pipe(
    v.array(fileId, '请上传作品图片'),
    v.minLength(min, `请至少上传 ${WORK_LIMITS.images.min} 张作品图片`),
    v.maxLength(WORK_LIMITS.images.max, `最多上传 ${WORK_LIMITS.images.max} 张图片`),
    v.check((list) => new Set(list).size === list.length, '有重复的图片，请删去一张'),
  )

/** What a submission must have. Title and description together stay far below msgSecCheck's 2,500 characters. */
const content = {
  category,
  title: text(WORK_LIMITS.title),
  description: text(WORK_LIMITS.description),
  images: images(WORK_LIMITS.images.min),
}

/** A draft may be unfinished, never oversized. */
const draft = {
  category: v.optional(category),
  title: optionalText(WORK_LIMITS.title.max),
  description: optionalText(WORK_LIMITS.description.max),
  images: v.optional(images(0), []),
}

export const worksActions = {
  // ---- public: the exhibition, shareable into chats and Moments (no sign-in)
  'works.gallery': action({
    summary:
      'The exhibition: works the city union selected, newest selection first, by category or words in the title or the author’s name; 20 a page with thumbnails.',
    input: v.strictObject({ category: v.optional(category), keyword: v.optional(searchKeyword), page }),
    output: returns<Page<GalleryItem>>(),
    access: { who: 'anyone' },
  }),
  'works.detail': action({
    summary: 'One exhibited work: images in preview size, title, description, the author’s name and unit, likes.',
    input: v.strictObject({ workId: id }),
    output: returns<WorkPublic>(),
    access: { who: 'anyone' },
  }),
  'works.like': action({
    summary: 'Like an exhibited work (once per person per work).',
    input: v.strictObject({ workId: id }),
    output: returns<{ liked: boolean; likeCount: number }>(),
    access: { who: 'user' },
  }),
  'works.unlike': action({
    summary: 'Take back the caller’s like.',
    input: v.strictObject({ workId: id }),
    output: returns<{ liked: boolean; likeCount: number }>(),
    access: { who: 'user' },
  }),

  // ---- the author
  'works.saveDraft': action({
    summary: 'Save an unfinished work as the caller’s draft (new, or one of theirs not in review). Seen by no one else.',
    input: v.strictObject({ workId: v.optional(id), ...draft }),
    output: returns<MyWork>(),
    access: AUTHOR,
  }),
  'works.submit': action({
    summary: 'Submit a work (new or a draft): text checked now, images sent to the asynchronous media check.',
    input: v.strictObject({ workId: v.optional(id), ...content }),
    output: returns<MyWork>(),
    access: AUTHOR,
  }),
  'works.deleteDraft': action({
    summary: 'Delete one of the caller’s works that is not in review or the exhibition, with its image files.',
    input: v.strictObject({ workId: id }),
    output: returns<{ deleted: boolean }>(),
    access: AUTHOR,
  }),
  'works.myWorks': action({
    summary: 'The caller’s works, latest change first, each with its status and steps.',
    input: v.strictObject({ page }),
    output: returns<Page<MyWork>>(),
    access: AUTHOR,
  }),
  'works.myWork': action({
    summary: 'One of the caller’s works (to continue a draft or follow its steps).',
    input: v.strictObject({ workId: id }),
    output: returns<MyWork>(),
    access: AUTHOR,
  }),

  // ---- chairs: recommend (选送) up the tree or reject
  'works.reviewQueue': action({
    summary: 'Works waiting for a unit’s chairs: submitted there, or passed up to it; 10 a page.',
    input: v.strictObject({ unitId: id, page }),
    output: returns<Page<ReviewWork>>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'works.reviewHistory': action({
    summary: 'What a unit’s chairs recommended (选送 / 报送) or turned down, newest first; 20 a page.',
    input: v.strictObject({ unitId: id, page }),
    output: returns<Page<ReviewDecision>>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'works.recommend': action({
    summary: 'Recommend a work to the next union up (选送 / 报送); at the city union use works.select instead.',
    input: v.strictObject({ workId: id }),
    output: returns<WorkDecision>(),
    access: { who: 'member', roles: CHAIRS, scope: onWork },
  }),
  'works.reject': action({
    summary: 'Turn a work down, with a reason the author sees.',
    input: v.strictObject({ workId: id, reason: text(WORK_LIMITS.reason) }),
    output: returns<WorkDecision>(),
    access: { who: 'member', roles: CHAIRS, scope: onWork },
  }),

  // ---- the city union: the exhibition of 100
  'works.selectionPool': action({
    summary: 'City view: works the units sent up (passed to the city first), or the works in the exhibition.',
    input: v.strictObject({ view: v.optional(v.picklist(['pool', 'exhibited']), 'pool'), page }),
    output: returns<SelectionPage>(),
    access: { who: 'member', roles: ['city_admin'], scope: { kind: 'anywhere' } },
  }),
  'works.select': action({
    summary: 'Select a recommended work into the exhibition (at most its capacity, 100), once the machine check of its images passed.',
    input: v.strictObject({ workId: id }),
    output: returns<WorkDecision>(),
    access: { who: 'member', roles: ['city_admin'], scope: onWork },
  }),
  'works.withdrawSelection': action({
    summary: 'Take a work out of the exhibition; it returns to the city union’s pool.',
    input: v.strictObject({ workId: id, reason: optionalText(WORK_LIMITS.reason.max) }),
    output: returns<WorkDecision>(),
    access: { who: 'member', roles: ['city_admin'], scope: onWork },
  }),
  'works.export': action({
    summary: 'Excel: the works submitted in a union’s subtree (under review, recommended, selected or turned down), with unit, author and status.',
    input: v.strictObject({ unitId: id }),
    output: returns<ExportFile>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
}
