// The public side of 匠心筑梦: the story list and the story page open cold from a shared card (chats or
// Moments) without sign-in; likes count once per person by construction (_id derived from story and person).
import type { Page } from '../../../../types/contract'
import { STORY_PAGE, type StoryCard, type StoryPublic } from '../../../../types/entities/honours'
import type { HandlerContext } from '../../lib/handler'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import { addLike, countStoryLike, findStory, likeExists, likeKey, publishedCards, type StoryCardDoc, type StoryDoc } from './stories-repo'

const PAGE = 20

function toCard(s: StoryCardDoc, urls: Map<string, string>): StoryCard {
  return {
    id: s._id,
    title: s.title,
    lead: s.lead,
    name: s.name,
    unitName: s.unitName,
    category: s.category,
    coverUrl: s.cover ? (urls.get(s.cover) ?? null) : null,
    likeCount: s.likeCount,
    publishedAt: s.publishedAt ? s.publishedAt.getTime() : 0,
  }
}

export async function storyList(input: { page: number }): Promise<Page<StoryCard>> {
  const rows = await publishedCards(input.page, PAGE)
  const list = rows.slice(0, PAGE)
  const urls = await tempUrls(list.map((s) => s.cover))
  return { items: list.map((s) => toCard(s, urls)), hasMore: rows.length > PAGE }
}

async function published(storyId: string): Promise<StoryDoc> {
  const s = await findStory(storyId)
  if (!s || s.status !== 'published') throw new AppError('HONOUR.STORY_NOT_FOUND')
  return s
}

export async function story(input: { storyId: string }, ctx: HandlerContext): Promise<StoryPublic> {
  const openid = ctx.caller.openid
  const [s, liked] = await Promise.all([published(input.storyId), openid ? likeExists(likeKey(input.storyId, openid)) : Promise.resolve(false)])
  const urls = await tempUrls(s.blocks.flatMap((b) => (b.kind === 'image' ? [b.file] : [])))
  const card = toCard(s, urls)
  return {
    ...card,
    blocks: s.blocks.map((b) => (b.kind === 'paragraph' ? b : { kind: 'image' as const, url: urls.get(b.file) ?? null, caption: b.caption })),
    liked,
    share: { title: `匠心筑梦｜${s.title}`, path: `${STORY_PAGE}?id=${s._id}`, imageUrl: card.coverUrl },
  }
}

export async function likeStory(input: { storyId: string }, ctx: HandlerContext): Promise<{ liked: boolean; likeCount: number }> {
  const s = await published(input.storyId)
  const _id = likeKey(s._id, ctx.caller.openid!)
  if (!(await addLike({ _id, storyId: s._id, createdAt: new Date(ctx.now) }))) throw new AppError('HONOUR.ALREADY_LIKED')
  await countStoryLike(s._id)
  return { liked: true, likeCount: s.likeCount + 1 }
}
