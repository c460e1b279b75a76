// The competition queries of browsing and managing: the public lists, the city's progress by union,
// a worker's sign-ups and the organiser's conditional changes (each says whether it landed).
import { HELD_STATUS } from '../../../../types/wording/held'
import { literalPattern } from '../../../../types/wording/search'
import { db } from '../../lib/cloud'
import { competitions, signupKeys, signups, type CompetitionDoc, type SignupDoc, type SignupKeyDoc } from './repo'

/** What the public lists show. */
export const VISIBLE: CompetitionDoc['status'][] = ['published', 'closed', 'finished']

export interface ListFilter {
  category?: string
  /** Open for sign-up at `now`. */
  openAt?: number
  /** Organised by one of these units. */
  organizerIn?: string[]
  /** One of these competitions. */
  idIn?: string[]
  /** Held (finished) ones only. */
  held?: boolean
  /** Words of the title (matched literally, case aside). */
  keyword?: string
}

/** A page of visible competitions, latest published first (one more than `size`: hasMore). */
export async function visibleCompetitions(f: ListFilter, page: number, size: number): Promise<CompetitionDoc[]> {
  const _ = db().command
  const where: Record<string, unknown> = { status: _.in(VISIBLE) }
  if (f.category) where.category = f.category
  if (f.openAt !== undefined) Object.assign(where, { status: 'published', signupStartAt: _.lte(new Date(f.openAt)), signupEndAt: _.gte(new Date(f.openAt)) })
  if (f.organizerIn) where.organizerUnitId = _.in(f.organizerIn)
  if (f.idIn) where._id = _.in(f.idIn)
  if (f.held) where.status = HELD_STATUS
  // Titles are short and the query is narrowed by the status index first: a literal pattern is enough.
  // The cloud's regular expressions are not meant for long texts or large sets
  // (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/db.regexp.html).
  if (f.keyword) where.title = db().RegExp({ regexp: literalPattern(f.keyword), options: 'i' })
  return (
    await competitions()
      .where(where)
      .orderBy('publishedAt', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/** How many competitions have been held (finished). */
export async function heldCount(): Promise<number> {
  return (await competitions().where({ status: HELD_STATUS }).count()).total
}

/** The competitions a person holds a sign-up key of (at most 100). */
export async function signedUpCompetitionIds(userId: string): Promise<string[]> {
  return (await signupKeys().where({ userId }).limit(100).get()).data.map((k) => k.competitionId)
}

/** Competitions by id (at most `limit`). */
export async function competitionsByIds(ids: string[], limit: number): Promise<CompetitionDoc[]> {
  const list = [...new Set(ids)]
  return list.length
    ? (
        await competitions()
          .where({ _id: db().command.in(list) })
          .limit(limit)
          .get()
      ).data
    : []
}

/** Visible competitions held and finished, counted for every unit on their paths. */
export async function heldAndFinishedByUnit(): Promise<Map<string, { held: number; finished: number }>> {
  const _ = db().command
  const $ = _.aggregate
  const counted = await competitions()
    .aggregate()
    .match({ status: _.in(VISIBLE) })
    .unwind('$unitPath')
    .group({ _id: '$unitPath', held: $.sum(1), finished: $.sum($.cond({ if: $.eq(['$status', 'finished']), then: 1, else: 0 })) })
    .limit(10000)
    .end()
  return new Map(counted.list.map((r) => [r._id as string, r as { held: number; finished: number }]))
}

/** Visible competitions, all and those held (HELD_STATUS), counted for every unit on their paths. */
export async function heldAndAllByUnit(): Promise<Map<string, { held: number; all: number }>> {
  const _ = db().command
  const $ = _.aggregate
  const counted = await competitions()
    .aggregate()
    .match({ status: _.in(VISIBLE) })
    .unwind('$unitPath')
    .group({ _id: '$unitPath', held: $.sum($.cond({ if: $.eq(['$status', HELD_STATUS]), then: 1, else: 0 })), all: $.sum(1) })
    .limit(10000)
    .end()
  return new Map(counted.list.map((r) => [r._id as string, r as { held: number; all: number }]))
}

/** Which of these people hold a sign-up key of the competition (at most 100). */
export async function signupKeysOf(competitionId: string, userIds: string[]): Promise<SignupKeyDoc[]> {
  return userIds.length
    ? (
        await signupKeys()
          .where({ _id: db().command.in(userIds.map((id) => `${competitionId}:${id}`)) })
          .limit(100)
          .get()
      ).data
    : []
}

/** Accepted sign-ups of a competition among `ids`. */
export async function acceptedSignups(competitionId: string, ids: string[]): Promise<SignupDoc[]> {
  return ids.length
    ? (
        await signups()
          .where({ _id: db().command.in(ids), competitionId, status: 'accepted' })
          .limit(ids.length)
          .get()
      ).data
    : []
}

/** A status change that lands only from one of `from`. */
export async function moveCompetition(id: string, from: CompetitionDoc['status'][], data: Record<string, unknown>, now: number): Promise<boolean> {
  const res = await competitions()
    .where({ _id: id, status: db().command.in(from) })
    .update({ data: { ...data, updatedAt: new Date(now) } })
  return res.stats.updated === 1
}

/** The organiser's edit, landing only while no more places are taken than the new capacity; a new cover waits for its check. */
export async function editIfFits(id: string, capacity: number, fields: Record<string, unknown>, cover: string | undefined, now: number): Promise<boolean> {
  const _ = db().command
  const res = await competitions()
    .where({ _id: id, 'counts.taken': _.lte(capacity) })
    .update({ data: { ...fields, ...(cover ? { coverFileId: cover, coverCheck: 'checking', coverRemovedAt: _.remove() } : {}), updatedAt: new Date(now) } })
  return res.stats.updated === 1
}

/** WeChat's verdict on a cover still waiting for one: a pass keeps it; anything else removes it. True if it changed. */
export async function settleCover(competitionId: string, fileId: string, pass: boolean, now: number): Promise<boolean> {
  const _ = db().command
  const open = { _id: competitionId, coverFileId: fileId, coverCheck: _.in(['checking', 'manual']) }
  const data = pass
    ? { coverCheck: 'pass', updatedAt: new Date(now) }
    : { coverFileId: _.remove(), coverCheck: _.remove(), coverRemovedAt: new Date(now), updatedAt: new Date(now) }
  const res = await competitions().where(open).update({ data })
  return res.stats.updated === 1
}
