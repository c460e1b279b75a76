// 匠心筑梦 stories: the documents and the views pages get. One story per commended worker: its _id is
// derived from the nomination, so a second story for the same worker cannot exist. The only code that
// reads or writes the stories and their likes.
import crypto from 'node:crypto'
import type { HonourCategory, StoryBlock, StoryDraft, StoryStatus } from '../../../../types/entities/honours'
import { db } from '../../lib/cloud'
import { writeUnlessTaken } from '../../lib/errors'

export type ImageCheck = 'pending' | 'pass' | 'risky'

export interface StoryDoc {
  _id: string
  nominationId: string
  campaignId: string
  name: string
  unitName: string
  category: HonourCategory
  title: string
  lead: string
  blocks: StoryBlock[]
  /** The first image, for cards. */
  cover: string | null
  /** Media-check verdicts by image (key: fileKey(file)). */
  checks: Record<string, ImageCheck>
  status: StoryStatus
  reason: string
  likeCount: number
  editedBy: string
  publishedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

export interface StoryLikeDoc {
  _id: string
  storyId: string
  createdAt: Date
}

const stories = () => db().collection<StoryDoc>('honour_stories')
const storyLikes = () => db().collection<StoryLikeDoc>('honour_story_likes')

const landed = (res: { stats: { updated: number } }) => res.stats.updated === 1

export async function findStory(id: string): Promise<StoryDoc | null> {
  return (await stories().doc(id).get()).data ?? null
}

/** Stores a story whole (its _id is the nomination's: one story per worker). */
export async function storeStory(id: string, doc: Omit<StoryDoc, '_id'>): Promise<void> {
  await stories().doc(id).set({ data: doc })
}

/** Sends a story still under review back to draft with the reason; false when it moved meanwhile. */
export async function returnIfReviewing(id: string, reason: string, at: Date): Promise<boolean> {
  return landed(
    await stories()
      .where({ _id: id, status: 'reviewing' })
      .update({ data: { status: 'draft', reason, updatedAt: at } }),
  )
}

/** Publishes a story still under review; false when it moved meanwhile. */
export async function publishIfReviewing(id: string, at: Date): Promise<boolean> {
  return landed(
    await stories()
      .where({ _id: id, status: 'reviewing' })
      .update({ data: { status: 'published', reason: '', publishedAt: at, updatedAt: at } }),
  )
}

/** A page of the stories in `status` (all when absent), last changed first (one more than `size`: hasMore). */
export async function storiesPage(status: StoryStatus | undefined, page: number, size: number): Promise<StoryDoc[]> {
  const q = status ? stories().where({ status }) : stories().where({})
  return (
    await q
      .orderBy('updatedAt', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/** Records the media check's word on one of a story's images. */
export async function setImageCheck(storyId: string, fileId: string, check: ImageCheck | 'manual', at: Date): Promise<void> {
  await stories()
    .doc(storyId)
    .update({ data: { [`checks.${fileKey(fileId)}`]: check, updatedAt: at } })
}

export type StoryCardDoc = Pick<StoryDoc, '_id' | 'title' | 'lead' | 'name' | 'unitName' | 'category' | 'cover' | 'likeCount' | 'publishedAt'>
const CARD_FIELDS = { _id: true, title: true, lead: true, name: true, unitName: true, category: true, cover: true, likeCount: true, publishedAt: true } as const

/** A page of the published stories as cards, newest first (one more than `size`: hasMore). */
export async function publishedCards(page: number, size: number): Promise<StoryCardDoc[]> {
  return (
    await stories()
      .where({ status: 'published' })
      .orderBy('publishedAt', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .field(CARD_FIELDS)
      .get()
  ).data as StoryCardDoc[]
}

/** Number and state of the stories with these ids (at most `limit`). */
export async function storyStatesOf(ids: string[], limit: number): Promise<Array<Pick<StoryDoc, '_id' | 'nominationId' | 'status'>>> {
  return (
    await stories()
      .where({ _id: db().command.in(ids) })
      .field({ _id: true, nominationId: true, status: true })
      .limit(limit)
      .get()
  ).data
}

/** Whether the like with this id exists. */
export async function likeExists(id: string): Promise<boolean> {
  return Boolean((await storyLikes().doc(id).get()).data)
}

/** Stores a like; false when it exists (a person likes a story once). */
export async function addLike(like: StoryLikeDoc): Promise<boolean> {
  const outcome = await writeUnlessTaken(
    () => storyLikes().add({ data: like }),
    () => likeExists(like._id),
  )
  return outcome === 'written'
}

/** One more like on a story (atomic). */
export async function countStoryLike(id: string): Promise<void> {
  await stories()
    .doc(id)
    .update({ data: { likeCount: db().command.inc(1) } })
}

export const storyIdOf = (nominationId: string) => `story-${nominationId}`
export const isStoryId = (id: string) => id.startsWith('story-')
/** A field name for an image's verdict (file ids carry dots and slashes). */
export const fileKey = (file: string) => crypto.createHash('sha256').update(file).digest('hex').slice(0, 24)
export const likeKey = (storyId: string, openid: string) => crypto.createHash('sha256').update(`${storyId}:${openid}`).digest('hex').slice(0, 40)

export const imagesOf = (blocks: StoryBlock[]) => blocks.flatMap((b) => (b.kind === 'image' ? [b.file] : []))

export function toDraft(s: StoryDoc): StoryDraft {
  const files = imagesOf(s.blocks)
  return {
    id: s._id,
    nominationId: s.nominationId,
    status: s.status,
    title: s.title,
    lead: s.lead,
    blocks: s.blocks,
    imagesPending: files.filter((f) => (s.checks[fileKey(f)] ?? 'pending') === 'pending').length,
    imagesBlocked: files.filter((f) => s.checks[fileKey(f)] === 'risky').length,
    reason: s.reason,
    updatedAt: s.updatedAt.getTime(),
  }
}
