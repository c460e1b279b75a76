import * as v from 'valibot'
import { action, returns, type Page } from '../contract'
import {
  AWARD_LEVELS,
  IDEA_TYPES,
  RUBRIC_MAX,
  type CityIdea,
  type CityRow,
  type JudgeIdea,
  type JudgeOption,
  type JudgeQueueItem,
  type MyIdea,
  type MyIdeaDetail,
  type PanelView,
  type ReviewIdea,
  type ReviewRow,
  type ShowcaseIdea,
  type ShowcaseItem,
  type SimilarIdea,
} from '../entities/ideas'
import type { ExportFile } from '../entities/exports'
import { IDEA_LIMITS as L } from '../limits/ideas'
import { fileId, id, list, optionalText, page, realName, text } from '../schemas'

const CHAIRS = ['unit_chair', 'area_chair', 'city_admin'] as const
const AUTHOR = { who: 'member', roles: ['worker'], scope: { kind: 'self' } } as const
const JUDGE = { who: 'member', roles: ['judge'], scope: { kind: 'anywhere' } } as const
const CITY = { who: 'member', roles: ['city_admin'], scope: { kind: 'anywhere' } } as const
const onIdea = { kind: 'record', collection: 'ideas', field: 'ideaId' } as const

const ideaType = v.picklist(IDEA_TYPES, '请选择建议的类别')
const savingsYuan = v.optional(
  v.nullable(v.pipe(v.number(), v.integer('请填写整数金额'), v.minValue(L.savingsYuan.min, '金额不能为负数'), v.maxValue(L.savingsYuan.max, '金额过大'))),
  null,
)
const images = v.optional(v.pipe(v.array(fileId), v.maxLength(L.images.max, `最多 ${L.images.max} 张图片`)), [])
const coAuthorIds = v.optional(v.pipe(v.array(id), v.maxLength(L.coAuthors.max, `最多 ${L.coAuthors.max} 位合作者`)), [])

/** What a submission must have: every text bounded, the total within the content check's 2,500 characters. */
const content = {
  type: ideaType,
  title: text(L.title),
  problem: text(L.problem),
  proposal: text(L.proposal),
  benefit: text(L.benefit),
  savingsYuan,
  images,
  coAuthorIds,
}

/** A draft may be unfinished, but never oversized. */
const draft = {
  type: v.optional(ideaType, '金点子'),
  title: optionalText(L.title.max),
  problem: optionalText(L.problem.max),
  proposal: optionalText(L.proposal.max),
  benefit: optionalText(L.benefit.max),
  savingsYuan,
  images,
  coAuthorIds,
}

const score = (label: string) =>
  v.pipe(
    v.number(`请给${label}打分`),
    v.integer(`${label}请打整数分`),
    v.minValue(0, `${label}最低 0 分`),
    v.maxValue(RUBRIC_MAX, `${label}最高 ${RUBRIC_MAX} 分`),
  )

export const ideasActions = {
  // ---- public
  'ideas.showcase': action({
    summary: 'Adopted ideas for the public showcase, by award then newest; filter by type or award.',
    input: v.strictObject({ type: v.optional(ideaType), award: v.optional(v.picklist(AWARD_LEVELS)), page }),
    output: returns<Page<ShowcaseItem>>(),
    access: { who: 'anyone' },
  }),
  'ideas.showcaseDetail': action({
    summary: 'One adopted idea as its public, shareable page shows it.',
    input: v.strictObject({ ideaId: id }),
    output: returns<ShowcaseIdea>(),
    access: { who: 'anyone' },
  }),

  // ---- the author (and co-authors)
  'ideas.saveDraft': action({
    summary: 'Save an unfinished idea as the caller’s draft (new, or an existing draft of theirs). Seen by no one else.',
    input: v.strictObject({ ideaId: v.optional(id), ...draft }),
    output: returns<MyIdeaDetail>(),
    access: AUTHOR,
  }),
  'ideas.submit': action({
    summary: 'Submit an idea (new, a draft, or a returned one revised) to the unit chair, after the content check.',
    input: v.strictObject({ ideaId: v.optional(id), ...content }),
    output: returns<MyIdeaDetail>(),
    access: AUTHOR,
  }),
  'ideas.discardDraft': action({
    summary: 'Delete one of the caller’s drafts.',
    input: v.strictObject({ ideaId: id }),
    output: returns<{ discarded: true }>(),
    access: AUTHOR,
  }),
  'ideas.mine': action({
    summary: 'Ideas the caller wrote or co-wrote, with their statuses, newest first.',
    input: v.strictObject({ page }),
    output: returns<Page<MyIdea>>(),
    access: AUTHOR,
  }),
  'ideas.myDetail': action({
    summary: 'One of the caller’s ideas (as author or co-author), with reasons and images as checked.',
    input: v.strictObject({ ideaId: id }),
    output: returns<MyIdeaDetail>(),
    access: AUTHOR,
  }),
  'ideas.similar': action({
    summary: 'While typing: existing ideas most like this text (reviewed ones, and the caller’s own), without authors.',
    input: v.strictObject({
      title: optionalText(L.title.max),
      problem: optionalText(L.problem.max),
      proposal: optionalText(L.proposal.max),
      excludeId: v.optional(id),
    }),
    output: returns<{ items: SimilarIdea[] }>(),
    access: AUTHOR,
  }),
  'ideas.findCoAuthor': action({
    summary: 'Colleagues in the caller’s own unit with exactly this real name, to add as co-authors.',
    input: v.strictObject({ realName }),
    output: returns<{ items: Array<{ userId: string; realName: string; job: string }> }>(),
    access: AUTHOR,
  }),

  // ---- unit review
  'ideas.reviewQueue': action({
    summary: 'Ideas of a unit and the units under it for its chairs: waiting (default), returned, rejected or forwarded.',
    input: v.strictObject({ unitId: id, status: v.optional(v.picklist(['submitted', 'returned', 'rejected', 'forwarded']), 'submitted'), page }),
    output: returns<Page<ReviewRow>>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'ideas.reviewDetail': action({
    summary: 'An idea for its unit chair: content, author, unit, passed images and the most similar ideas.',
    input: v.strictObject({ ideaId: id }),
    output: returns<ReviewIdea>(),
    access: { who: 'member', roles: CHAIRS, scope: onIdea },
  }),
  'ideas.decide': action({
    summary: 'Forward a submitted idea for evaluation, return it for revision, or reject it (a reason for both; optionally the idea it duplicates).',
    input: v.strictObject({
      ideaId: id,
      decision: v.picklist(['forward', 'return', 'reject']),
      reason: optionalText(L.reason.max),
      duplicateOf: v.optional(id),
    }),
    output: returns<ReviewIdea>(),
    access: { who: 'member', roles: CHAIRS, scope: onIdea },
  }),

  // ---- judges (blind)
  'ideas.judgeQueue': action({
    summary: 'Ideas assigned to the caller’s panels, still to score or already scored; never who wrote them.',
    input: v.strictObject({ filter: v.optional(v.picklist(['todo', 'done']), 'todo'), page }),
    output: returns<Page<JudgeQueueItem>>(),
    access: JUDGE,
  }),
  'ideas.judgeDetail': action({
    summary: 'An idea assigned to the caller’s panel, blind; the caller’s own score, and the panel’s only after it.',
    input: v.strictObject({ ideaId: id }),
    output: returns<JudgeIdea>(),
    access: JUDGE,
  }),
  'ideas.score': action({
    summary: 'Score an assigned idea once on the rubric (each criterion an integer 0–10) with a comment.',
    input: v.strictObject({
      ideaId: id,
      innovation: score('创新性'),
      feasibility: score('可行性'),
      benefit: score('效益'),
      comment: text(L.comment),
    }),
    output: returns<JudgeIdea>(),
    access: JUDGE,
  }),

  // ---- the city union
  'ideas.judges': action({
    summary: 'Everyone holding the judge role, for forming panels.',
    input: v.strictObject({}),
    output: returns<{ items: JudgeOption[] }>(),
    access: CITY,
  }),
  'ideas.panels': action({
    summary: 'The judging panels with their judges and how many ideas each has under review.',
    input: v.strictObject({}),
    output: returns<{ items: PanelView[] }>(),
    access: CITY,
  }),
  'ideas.savePanel': action({
    summary: 'Create a panel, or change its name and judges (at least two judges).',
    input: v.strictObject({
      panelId: v.optional(id),
      name: text(L.panelName),
      judgeIds: v.pipe(v.array(id), v.minLength(L.panelJudges.min, '请选择评审专家'), v.maxLength(L.panelJudges.max, L.panelJudges.hint)),
    }),
    output: returns<PanelView>(),
    access: CITY,
  }),
  'ideas.cityQueue': action({
    summary: 'Ideas at the city by status (forwarded by default), optionally one panel’s; scores and spread shown.',
    input: v.strictObject({
      status: v.optional(v.picklist(['forwarded', 'reviewing', 'adopted', 'declined', 'merged']), 'forwarded'),
      panelId: v.optional(id),
      page,
    }),
    output: returns<Page<CityRow>>(),
    access: CITY,
  }),
  'ideas.cityDetail': action({
    summary: 'An idea for the city union: everything, each judge’s score and comment, the spread, similar ideas.',
    input: v.strictObject({ ideaId: id }),
    output: returns<CityIdea>(),
    access: CITY,
  }),
  'ideas.assign': action({
    summary: 'Assign forwarded ideas to a panel, or, without one, spread them over the panels in turn (least loaded first).',
    input: v.strictObject({ ideaIds: list(id, L.batch), panelId: v.optional(id) }),
    output: returns<{ assigned: number; skipped: number }>(),
    access: CITY,
  }),
  'ideas.adopt': action({
    summary: 'Adopt an idea scored by at least two judges, with an award level (or none); again to change the award.',
    input: v.strictObject({ ideaId: id, award: v.nullable(v.picklist(AWARD_LEVELS)) }),
    output: returns<CityIdea>(),
    access: CITY,
  }),
  'ideas.decline': action({
    summary: 'Close an idea under evaluation without adopting it, with a reason the author sees.',
    input: v.strictObject({ ideaId: id, reason: text(L.declineReason) }),
    output: returns<CityIdea>(),
    access: CITY,
  }),
  'ideas.setImplemented': action({
    summary: 'Mark an adopted idea as put into practice (or not).',
    input: v.strictObject({ ideaId: id, implemented: v.boolean() }),
    output: returns<CityIdea>(),
    access: CITY,
  }),
  'ideas.merge': action({
    summary: 'Join a duplicate under evaluation to the idea it repeats: it leaves the judges’ queues and is not judged twice.',
    input: v.strictObject({ ideaId: id, intoId: id }),
    output: returns<CityIdea>(),
    access: CITY,
  }),
  'ideas.export': action({
    summary:
      'Excel: the ideas submitted in a union’s subtree with status, unit, authors, adoption and award; judges’ scores for the city union, and for others once decided.',
    input: v.strictObject({ unitId: id }),
    output: returns<ExportFile>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
}
