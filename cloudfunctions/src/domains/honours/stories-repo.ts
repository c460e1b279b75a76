// 匠心筑梦 stories: the documents and the views pages get. One story per commended worker: its _id is
// derived from the nomination, so a second story for the same worker cannot exist.
import crypto from 'node:crypto'
import type { HonourCategory, StoryBlock, StoryDraft, StoryStatus } from '../../../../types/entities/honours'
import { db } from '../../lib/cloud'

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

export const stories = () => db().collection<StoryDoc>('honour_stories')
export const storyLikes = () => db().collection<StoryLikeDoc>('honour_story_likes')
/** One more like on a story (atomic). */
export async function countStoryLike(id: string): Promise<void> {
  await stories()
    .doc(id)
    .update({ data: { likeCount: db().command.inc(1) } })
}

/** Stories by id (keep `ids` to 100); a query to shape and get. */
export const storiesIn = (ids: string[]) => stories().where({ _id: db().command.in(ids) })

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
