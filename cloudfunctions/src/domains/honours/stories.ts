// The city union's editors: write a commended worker's story (draft), submit it (text checked, images
// sent to the media check), and publish it or send it back. Publishing moves the home page's
// "publicised" count with one conditional update ("fewer than the goal"), so it never passes 100.
import type { Page } from '../../../../types/contract'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { StoryDraft } from '../../../../types/entities/honours'
import { HONOUR_LIMITS } from '../../../../types/entities/honours'
import type { MemberContext } from '../../lib/handler'
import { campaignById, countTowardsTarget, uncountTarget } from '../campaign/repo'
import { checkText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import { pathOfFileId, userFolder } from '../../lib/files'
import { recordChecks, sendChecks, type MediaCheckDoc } from '../../lib/media-check'
import { loadNomination } from './nominations-repo'
import {
  fileKey,
  findStory,
  imagesOf,
  publishIfReviewing,
  returnIfReviewing,
  setImageCheck,
  storeStory,
  storiesPage,
  storyIdOf,
  toDraft,
  type StoryDoc,
} from './stories-repo'

/** msgSecCheck takes at most 2,500 characters a call: a long story is checked in parts. */
const CHECK_CHARS = 2500

function textParts(title: string, lead: string, blocks: StoryDoc['blocks']): string[] {
  const pieces = [title, lead, ...blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.caption))].filter(Boolean)
  const parts: string[] = []
  let cur = ''
  for (const p of pieces) {
    if (cur && cur.length + p.length + 1 > CHECK_CHARS) {
      parts.push(cur)
      cur = ''
    }
    cur = cur ? `${cur}\n${p}` : p
  }
  if (cur) parts.push(cur)
  return parts
}

export async function saveStory(input: ParsedInputOf<'honours.saveStory'>, ctx: MemberContext): Promise<StoryDraft> {
  const editor = ctx.caller.user
  const n = await loadNomination(input.nominationId).catch(() => null)
  if (!n || n.status !== 'commended' || !n.category) throw new AppError('HONOUR.NOT_COMMENDED')
  const id = storyIdOf(n._id)
  const existing = await findStory(id)
  if (existing && existing.status === 'published') throw new AppError('HONOUR.BAD_STATE')
  const files = imagesOf(input.blocks)
  const known = existing?.checks ?? {}
  for (const f of files) if (!known[fileKey(f)] && !pathOfFileId(f).startsWith(userFolder('honours', editor._id))) throw new AppError('HONOUR.IMAGE_NOT_YOURS')
  const checks: StoryDoc['checks'] = Object.fromEntries(files.filter((f) => known[fileKey(f)]).map((f) => [fileKey(f), known[fileKey(f)]]))
  let recorded: MediaCheckDoc[] = []
  if (input.submit) {
    const verdicts = await Promise.all(textParts(input.title, input.lead, input.blocks).map((p) => checkText(ctx.caller.openid!, 4, [p])))
    if (verdicts.includes('risky')) throw new AppError('CONTENT.REJECTED')
    const fresh = [...new Set(files.filter((f) => !checks[fileKey(f)]))]
    // Recorded now, sent to WeChat once the story is written (a fast verdict must find it).
    recorded = await recordChecks(ctx.caller.openid!, { kind: 'honour', id }, fresh, ctx.now, 4)
    for (const f of fresh) checks[fileKey(f)] = 'pending'
  }
  const at = new Date(ctx.now)
  const firstImage = files[0] ?? null
  const doc: Omit<StoryDoc, '_id'> = {
    nominationId: n._id,
    campaignId: n.campaignId,
    name: n.nomineeName,
    unitName: n.unitName,
    category: n.category,
    title: input.title,
    lead: input.lead,
    blocks: input.blocks,
    cover: firstImage,
    checks,
    status: input.submit ? 'reviewing' : 'draft',
    reason: '',
    likeCount: existing?.likeCount ?? 0,
    editedBy: editor._id,
    publishedAt: null,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  }
  await storeStory(id, doc)
  await sendChecks(recorded, ctx.now)
  return toDraft({ _id: id, ...doc })
}

/** The "publicised" goal: the campaign's modelWorkers target, 100 unless configured otherwise. */
async function storyGoal(campaignId: string): Promise<number> {
  const c = await campaignById(campaignId)
  return c?.targets.find((t) => t.key === 'modelWorkers')?.goal ?? HONOUR_LIMITS.stories
}

export async function reviewStory(input: ParsedInputOf<'honours.reviewStory'>, ctx: MemberContext): Promise<StoryDraft> {
  const s = await findStory(input.storyId)
  if (!s) throw new AppError('HONOUR.STORY_NOT_FOUND')
  if (s.status !== 'reviewing') throw new AppError('HONOUR.BAD_STATE')
  const at = new Date(ctx.now)
  if (!input.publish) {
    if (input.reason.length < 2) throw new AppError('HONOUR.REASON_REQUIRED')
    if (!(await returnIfReviewing(s._id, input.reason, at))) throw new AppError('HONOUR.BAD_STATE')
    return toDraft({ ...s, status: 'draft', reason: input.reason, updatedAt: at })
  }
  if (imagesOf(s.blocks).some((f) => s.checks[fileKey(f)] !== 'pass')) throw new AppError('HONOUR.IMAGES_CHECKING')
  const goal = await storyGoal(s.campaignId)
  if (!(await countTowardsTarget(s.campaignId, 'modelWorkers', goal))) throw new AppError('HONOUR.STORIES_FULL')
  if (!(await publishIfReviewing(s._id, at))) {
    await uncountTarget(s.campaignId, 'modelWorkers')
    throw new AppError('HONOUR.BAD_STATE')
  }
  return toDraft({ ...s, status: 'published', reason: '', publishedAt: at, updatedAt: at })
}

const PAGE = 20

export async function cityStories(input: ParsedInputOf<'honours.cityStories'>): Promise<Page<StoryDraft>> {
  const rows = await storiesPage(input.status, input.page, PAGE)
  return { items: rows.slice(0, PAGE).map(toDraft), hasMore: rows.length > PAGE }
}

/** No verdict on a story's image after every try: it stays unpublishable until a person decides. */
export async function onStoryImageHandOver(storyId: string, fileId: string, now: number): Promise<void> {
  await setImageCheck(storyId, fileId, 'manual', new Date(now))
}

/** A media-check verdict on one of a story's images. */
export async function onStoryImageVerdict(storyId: string, fileId: string, verdict: 'pass' | 'review' | 'risky', now: number): Promise<void> {
  await setImageCheck(storyId, fileId, verdict === 'risky' ? 'risky' : 'pass', new Date(now))
}
