// The public exhibition: the gallery (one indexed query, one temp-URL request for the thumbnails, one
// query for unit names), the page of a work, and likes. Likes are one document per person per work
// (_id work:user, unique by construction) and a counter on the work moved by an atomic increment, so
// a page never counts the likes collection.
import type { UserDoc } from '../../lib/caller'
import { loadUser } from '../../lib/caller'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler, HandlerContext } from '../../lib/handler'
import { ensureUser } from '../people/repo'
import { unitsById } from '../org/units-repo'
import { imageView, likeId, loadWork, refOf, toGalleryItem, workLikes, type WorkDoc } from './repo'
import { bumpLikeCount, exhibitionPage } from './exhibition-repo'

const PAGE = 20

/** works.gallery: newest selection first; a category narrows it. */
export const gallery: Handler<'works.gallery'> = async (input) => {
  const found = await exhibitionPage(input.category, input.keyword, (input.page - 1) * PAGE, PAGE + 1)
  const list = found.slice(0, PAGE)
  const [units, urls] = await Promise.all([unitsById(list.map((w) => w.unitId)), tempUrls(list.map((w) => w.images[0]?.thumb))])
  return { items: list.map((w) => toGalleryItem(w, units, urls)), hasMore: found.length > PAGE }
}

async function exhibited(workId: string): Promise<WorkDoc> {
  const w = await loadWork(workId)
  if (!w || w.status !== 'exhibited') throw new AppError('WORK.NOT_FOUND')
  return w
}

async function callerUser(ctx: HandlerContext): Promise<UserDoc | undefined> {
  return ctx.caller.user ?? (ctx.caller.openid ? await loadUser(ctx.caller.openid) : undefined)
}

/** works.detail: the work, its author's name and unit; whether the caller liked it. */
export const detail: Handler<'works.detail'> = async (input, ctx) => {
  const w = await exhibited(input.workId)
  const [units, urls, liked] = await Promise.all([
    unitsById([w.unitId]),
    tempUrls(w.images.flatMap((im) => [im.thumb, im.preview])),
    // A caller from a Moments card has no identity: nothing to look up.
    callerUser(ctx).then(async (u) => Boolean(u && (await workLikes().doc(likeId(w._id, u._id)).get()).data)),
  ])
  return {
    id: w._id,
    title: w.title,
    category: w.category ?? '其他',
    description: w.description,
    images: w.images.map((im) => imageView(im, urls, false)),
    authorName: w.authorName,
    unitName: refOf(units, w.unitId).name,
    likeCount: w.likeCount,
    liked,
    exhibitedAt: (w.exhibitedAt ?? w.updatedAt).getTime(),
  }
}

/** works.like: the work must be in the exhibition; a second like by the same person changes nothing. */
export const like: Handler<'works.like'> = async (input, ctx) => {
  const w = await loadWork(input.workId)
  if (!w) throw new AppError('WORK.NOT_FOUND')
  if (w.status !== 'exhibited') throw new AppError('WORK.NOT_EXHIBITED')
  const me = await ensureUser(ctx.caller, ctx.now)
  // One like per person by construction (its id is work:user); a second add loses, read back from the database.
  const _id = likeId(w._id, me._id)
  const outcome = await writeUnlessTaken(
    () => workLikes().add({ data: { _id, workId: w._id, userId: me._id, createdAt: new Date(ctx.now) } }),
    async () => Boolean((await workLikes().doc(_id).get()).data),
  )
  if (outcome === 'taken') throw new AppError('WORK.ALREADY_LIKED')
  await bumpLikeCount(w._id, 1)
  return { liked: true, likeCount: w.likeCount + 1 }
}

/** works.unlike: only the caller's own like; allowed even after a work left the exhibition. */
export const unlike: Handler<'works.unlike'> = async (input, ctx) => {
  const w = await loadWork(input.workId)
  if (!w) throw new AppError('WORK.NOT_FOUND')
  const me = ctx.caller.user
  if (!me) throw new AppError('WORK.NOT_LIKED')
  const res = await workLikes().doc(likeId(w._id, me._id)).remove()
  if (res.stats.removed !== 1) throw new AppError('WORK.NOT_LIKED')
  await bumpLikeCount(w._id, -1)
  return { liked: false, likeCount: Math.max(0, w.likeCount - 1) }
}
