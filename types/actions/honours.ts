import * as v from 'valibot'
import { action, returns, type Page } from '../contract'
import {
  CERTIFICATE_NUMBER,
  DECISIONS,
  HONOUR_CATEGORIES,
  HONOUR_LIMITS as L,
  type CommendedView,
  type MyHonour,
  type NominationView,
  type NoticePage,
  type CertificateView,
  type ObjectionView,
  type SealView,
  type QuotaView,
  type StoryCard,
  type StoryDraft,
  type StoryPublic,
  type Verification,
} from '../entities/honours'
import type { ExportFile } from '../entities/exports'
import { fileId, id, int, list, optionalText, page, realName, text } from '../schemas'

const CHAIRS = ['unit_chair', 'area_chair', 'city_admin'] as const
const CITY = { who: 'member', roles: ['city_admin'], scope: { kind: 'anywhere' } } as const
const onNomination = { kind: 'record', collection: 'honour_nominations', field: 'nominationId' } as const

const certNumber = v.pipe(v.string('请输入证书编号'), v.trim(), v.toUpperCase(), v.regex(CERTIFICATE_NUMBER, '证书编号格式不正确'))
const category = v.picklist(HONOUR_CATEGORIES, '请选择荣誉类别')

/** Text shown to others is plain text: markup (a script, a tag) is refused, never stored. */
const NO_MARKUP = /<\s*\/?\s*[a-z!?]/i
const plain = <S extends v.GenericSchema<unknown, string>>(schema: S) =>
  v.pipe(
    schema,
    v.check((s: string) => !NO_MARKUP.test(s), '请不要输入网页代码或标签'),
  )

/** The person and the case for them: complete when submitted, any part may be missing in a draft. */
const nominee = {
  /** The nominee's account when they are a member of the app; absent for someone not in the app yet. */
  nomineeUserId: v.optional(id),
  nomineeName: realName,
  job: plain(text(L.job)),
  category,
  deeds: plain(text(L.deeds)),
  photo: v.optional(fileId),
  /** The chair holds the nominee's signed consent on paper (otherwise the nominee confirms in the app). */
  paperConsent: v.optional(v.boolean(), false),
}
const draftNominee = {
  nomineeUserId: v.optional(id),
  nomineeName: v.optional(realName),
  job: plain(optionalText(L.job.max)),
  category: v.optional(category),
  deeds: plain(optionalText(L.deeds.max)),
  photo: v.optional(fileId),
  paperConsent: v.optional(v.boolean(), false),
}

/** A story's body: paragraphs and images in order, plain text only, the images the editor's own uploads. */
const blocks = v.pipe(
  list(
    v.variant('kind', [
      v.strictObject({ kind: v.literal('paragraph'), text: plain(text(L.paragraph)) }),
      v.strictObject({ kind: v.literal('image'), file: fileId, caption: plain(optionalText(L.caption.max)) }),
    ]),
    L.storyBlocks,
    L.storyBlocks.hint,
  ),
  v.check((b) => b.filter((x) => x.kind === 'image').length <= L.storyImages.max, L.storyImages.hint),
  v.check((b) => b.reduce((n, x) => n + (x.kind === 'paragraph' ? x.text.length : x.caption.length), 0) <= L.storyChars, `全文不能超过 ${L.storyChars} 个字`),
)

export const honoursActions = {
  // ---- public: the notice (公示) and certificate verification, shareable, no sign-in
  'honours.notice': action({
    summary: 'The public notice: name, unit, job and honour of each nominee on it, 100 a page; nothing more.',
    input: v.strictObject({ page }),
    output: returns<NoticePage>(),
    access: { who: 'anyone' },
  }),
  'honours.verify': action({
    summary: 'Verify a certificate number: name, honour, issuer, date, valid or revoked.',
    input: v.strictObject({ number: certNumber }),
    output: returns<Verification>(),
    access: { who: 'anyone' },
  }),

  // ---- anyone signed in, on their own behalf
  'honours.object': action({
    summary: 'Object to a nominee on the notice, with a reason only the city union reads (one per person per nominee; a daily limit).',
    input: v.strictObject({ nominationId: id, reason: plain(text(L.objection)) }),
    output: returns<{ received: true }>(),
    access: { who: 'user' },
  }),
  'honours.mine': action({
    summary: 'The caller’s own nominations: consent to give, status, certificate.',
    input: v.strictObject({}),
    output: returns<MyHonour[]>(),
    access: { who: 'user' },
  }),
  'honours.certificate': action({
    summary: 'The caller’s own certificate as an image (PNG, made on first view and kept): a temporary URL to show, save and share.',
    input: v.strictObject({ number: certNumber }),
    output: returns<CertificateView>(),
    access: { who: 'user' },
  }),
  'honours.confirmConsent': action({
    summary: 'The nominee agrees to be put forward (in the app).',
    input: v.strictObject({ nominationId: id }),
    output: returns<MyHonour>(),
    access: { who: 'user' },
  }),

  // ---- quotas: the city sets the area unions', they split theirs among their units
  'honours.quotas': action({
    summary: 'A union’s quota and how its units’ quotas stand (the city: the area unions; an area union: its units).',
    input: v.strictObject({ unitId: id }),
    output: returns<QuotaView>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'honours.setQuotas': action({
    summary: 'The city union sets how many each industry/township union may put forward; together within the goal.',
    input: v.strictObject({
      rows: v.pipe(
        v.array(v.strictObject({ unitId: id, quota: int(L.quota, L.quota.hint) })),
        v.minLength(L.quotaRows.min, '请填写名额'),
        v.maxLength(L.quotaRows.max),
        v.check((rows) => new Set(rows.map((r) => r.unitId)).size === rows.length, '同一单位出现了两次'),
      ),
    }),
    output: returns<QuotaView>(),
    access: CITY,
  }),
  'honours.splitQuota': action({
    summary: 'An area union gives one of its units a quota out of its own (never below the places the unit has used).',
    input: v.strictObject({ unitId: id, quota: int(L.quota, L.quota.hint) }),
    output: returns<QuotaView>(),
    access: { who: 'member', roles: ['area_chair', 'city_admin'], scope: { kind: 'unit', field: 'unitId' } },
  }),

  // ---- nominations by unit chairs, review up the tree
  'honours.nominations': action({
    summary: 'A unit’s nominations (own: those it put forward, drafts included) or those waiting for its chairs (queue); 20 a page.',
    input: v.strictObject({ unitId: id, view: v.optional(v.picklist(['own', 'queue']), 'own'), page }),
    output: returns<Page<NominationView> & { quota: number; used: number }>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'honours.saveNomination': action({
    summary: 'A unit chair saves a nomination as a draft, or submits it within the unit’s quota (text checked, photo sent to the media check).',
    input: v.variant('submit', [
      v.strictObject({ unitId: id, nominationId: v.optional(id), submit: v.literal(false), ...draftNominee }),
      v.strictObject({ unitId: id, nominationId: v.optional(id), submit: v.literal(true), ...nominee }),
    ]),
    output: returns<NominationView>(),
    access: { who: 'member', roles: ['unit_chair'], scope: { kind: 'unit', field: 'unitId' } },
  }),
  'honours.decide': action({
    summary: 'The area union, then the city: forward (at the city: approve for the notice), return with a reason, or turn down.',
    input: v.strictObject({ nominationId: id, decision: v.picklist(DECISIONS), reason: optionalText(L.reason.max) }),
    output: returns<NominationView>(),
    access: { who: 'member', roles: ['area_chair', 'city_admin'], scope: onNomination },
  }),

  // ---- the city union: notice, objections, commendation
  'honours.publishNotice': action({
    summary: 'Publish every approved nomination on the public notice for a number of days (default 5).',
    input: v.strictObject({ days: v.optional(int(L.noticeDays, L.noticeDays.hint), L.noticeDefaultDays) }),
    output: returns<{ published: number; endAt: number }>(),
    access: CITY,
  }),
  'honours.objections': action({
    summary: 'Objections to nominees on the notice, open first; 20 a page.',
    input: v.strictObject({ status: v.optional(v.picklist(['open', 'upheld', 'dismissed']), 'open'), page }),
    output: returns<Page<ObjectionView>>(),
    access: CITY,
  }),
  'honours.resolveObjection': action({
    summary: 'Resolve an objection: upheld (the nominee is removed from the notice, with the reason) or dismissed.',
    input: v.strictObject({ objectionId: id, upheld: v.boolean(), resolution: text(L.reason) }),
    output: returns<ObjectionView>(),
    access: CITY,
  }),
  'honours.commend': action({
    summary: 'After the notice: commend everyone still on it (no open objection), each with a certificate number.',
    input: v.strictObject({}),
    output: returns<{ commended: number }>(),
    access: CITY,
  }),
  'honours.seal': action({
    summary: 'The union’s seal printed on new certificates (null until uploaded).',
    input: v.strictObject({}),
    output: returns<SealView>(),
    access: CITY,
  }),
  'honours.setSeal': action({
    summary:
      'Upload the union’s seal (an image the caller uploaded, PNG with transparency preferred; sent to the media check). Certificates made later carry it; existing ones keep theirs.',
    input: v.strictObject({ file: fileId }),
    output: returns<SealView>(),
    access: CITY,
  }),
  'honours.commended': action({
    summary: 'The commended workers, in notice order, 20 a page: certificate number and state, story and its state (to write stories and find certificates).',
    input: v.strictObject({ page }),
    output: returns<Page<CommendedView>>(),
    access: CITY,
  }),
  'honours.revokeCertificate': action({
    summary: 'Revoke a certificate, with the reason the verification page shows.',
    input: v.strictObject({ number: certNumber, reason: text(L.reason) }),
    output: returns<Verification>(),
    access: CITY,
  }),

  // ---- 匠心筑梦: feature stories of commended workers (the city union writes, reviews and publishes)
  'honours.stories': action({
    summary: 'Published stories, newest first, 20 a page: title, lead, name, unit, cover, likes.',
    input: v.strictObject({ page }),
    output: returns<Page<StoryCard>>(),
    access: { who: 'anyone' },
  }),
  'honours.story': action({
    summary: 'One published story: its blocks, likes, whether the caller liked it, and its share card.',
    input: v.strictObject({ storyId: id }),
    output: returns<StoryPublic>(),
    access: { who: 'anyone' },
  }),
  'honours.likeStory': action({
    summary: 'Like a published story (once per person, by construction).',
    input: v.strictObject({ storyId: id }),
    output: returns<{ liked: boolean; likeCount: number }>(),
    access: { who: 'user' },
  }),
  'honours.cityStories': action({
    summary: 'The city union’s stories in every state, latest change first; 20 a page.',
    input: v.strictObject({ status: v.optional(v.picklist(['draft', 'reviewing', 'published'])), page }),
    output: returns<Page<StoryDraft>>(),
    access: CITY,
  }),
  'honours.saveStory': action({
    summary: 'Write a commended worker’s story (one per worker): save as a draft, or submit for review (text checked, images sent to the media check).',
    input: v.strictObject({ nominationId: id, title: plain(text(L.storyTitle)), lead: plain(text(L.storyLead)), blocks, submit: v.boolean() }),
    output: returns<StoryDraft>(),
    access: CITY,
  }),
  'honours.reviewStory': action({
    summary: 'Publish a story in review (at most 100, every image checked), or send it back to draft with a reason.',
    input: v.strictObject({ storyId: id, publish: v.boolean(), reason: optionalText(L.reason.max) }),
    output: returns<StoryDraft>(),
    access: CITY,
  }),
  'honours.export': action({
    summary: 'Excel: the commended workers of a union’s subtree (name, unit, job, honour, certificate number, date, valid or revoked).',
    input: v.strictObject({ unitId: id }),
    output: returns<ExportFile>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
}
