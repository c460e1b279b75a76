// What authors, unit chairs, the city union and the public see of an idea. Judges' views are built in
// judge-views.ts, which never reads these fields; nothing here is handed to a judge.
import type { CityIdea, CityRow, MyIdea, MyIdeaDetail, ReviewIdea, ReviewRow, ShowcaseIdea, ShowcaseItem, SimilarIdea } from '../../../../types/entities/ideas'
import { tempUrls } from '../../lib/files'
import { unitsById } from '../org/units-repo'
import { excerpt, ideasByIds, summaryOf, type IdeaDoc, type PanelDoc } from './repo'

const ms = (d: Date | undefined) => (d ? d.getTime() : null)

export const content = (i: IdeaDoc) => ({
  type: i.type,
  title: i.title,
  problem: i.problem,
  proposal: i.proposal,
  benefit: i.benefit,
  savingsYuan: i.savingsYuan,
})

/** Images everyone but the author may see: blind copies that passed the content check. */
export const passedImages = (i: IdeaDoc) => i.images.filter((im) => im.check === 'pass' && im.fileId).map((im) => im.fileId)

export async function unitNames(ids: Iterable<string>): Promise<Map<string, string>> {
  const units = await unitsById(ids)
  return new Map([...units].map(([id, u]) => [id, u.name]))
}

async function titlesOf(ids: Array<string | null | undefined>): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => Boolean(x)))]
  if (list.length === 0) return new Map()
  const found = await ideasByIds<Pick<IdeaDoc, '_id' | 'title'>>(list, { _id: true, title: true })
  return new Map(found.map((f) => [f._id, f.title]))
}

export function toMyIdea(i: IdeaDoc, viewerId: string): MyIdea {
  return {
    id: i._id,
    type: i.type,
    title: i.title || '（未填写标题）',
    status: i.status,
    reason: i.reason,
    award: i.award,
    implemented: i.implemented,
    isAuthor: i.authorId === viewerId,
    submittedAt: ms(i.submittedAt),
    updatedAt: i.updatedAt.getTime(),
  }
}

export async function toMyDetail(i: IdeaDoc, viewerId: string): Promise<MyIdeaDetail> {
  // The author sees their own uploads (also while the check runs); a co-author sees only passed copies.
  const own = i.authorId === viewerId
  const [urls, titles] = await Promise.all([tempUrls(i.images.map((im) => (own ? im.sourceFileId : im.fileId))), titlesOf([i.duplicateOf])])
  return {
    ...toMyIdea(i, viewerId),
    ...content(i),
    title: i.title,
    images: i.images
      .filter((im) => own || im.check === 'pass')
      .map((im) => ({ fileId: im.sourceFileId, url: urls.get(own ? im.sourceFileId : im.fileId) ?? null, check: im.check })),
    coAuthors: i.coAuthors,
    author: { userId: i.authorId, realName: i.authorName },
    duplicateOf: i.duplicateOf ? { id: i.duplicateOf, title: titles.get(i.duplicateOf) ?? '' } : null,
    canEdit: own && (i.status === 'draft' || i.status === 'returned'),
  }
}

export async function toReviewRows(list: IdeaDoc[]): Promise<ReviewRow[]> {
  const names = await unitNames(list.map((i) => i.unitId))
  return list.map((i) => ({
    id: i._id,
    type: i.type,
    title: i.title,
    status: i.status,
    author: { userId: i.authorId, realName: i.authorName },
    unitName: names.get(i.unitId) ?? '',
    coAuthorCount: i.coAuthors.length,
    rounds: i.rounds,
    submittedAt: ms(i.submittedAt) ?? i.createdAt.getTime(),
  }))
}

export async function toReviewIdea(i: IdeaDoc, similar: SimilarIdea[], canDecide: boolean, authorJob: string): Promise<ReviewIdea> {
  const passed = passedImages(i)
  const [urls, names, titles] = await Promise.all([tempUrls(passed), unitNames([i.unitId]), titlesOf([i.duplicateOf])])
  return {
    id: i._id,
    ...content(i),
    status: i.status,
    author: { userId: i.authorId, realName: i.authorName, job: authorJob },
    unit: { id: i.unitId, name: names.get(i.unitId) ?? '' },
    coAuthors: i.coAuthors,
    imageUrls: passed.map((f) => urls.get(f)).filter((u): u is string => Boolean(u)),
    imagesChecking: i.images.filter((im) => im.check === 'checking' || im.check === 'manual').length,
    reason: i.reason,
    rounds: i.rounds,
    submittedAt: ms(i.submittedAt) ?? i.createdAt.getTime(),
    duplicateOf: i.duplicateOf ? { id: i.duplicateOf, title: titles.get(i.duplicateOf) ?? '' } : null,
    similar,
    canDecide,
  }
}

export async function toCityRows(list: IdeaDoc[], panelsById: Map<string, PanelDoc>): Promise<CityRow[]> {
  const names = await unitNames(list.map((i) => i.unitId))
  return list.map((i) => {
    const panel = i.panelId ? panelsById.get(i.panelId) : undefined
    return {
      id: i._id,
      type: i.type,
      title: i.title,
      status: i.status,
      author: { userId: i.authorId, realName: i.authorName },
      unitName: names.get(i.unitId) ?? '',
      panel: panel ? { id: panel._id, name: panel.name } : null,
      score: summaryOf(i.score),
      award: i.award,
      implemented: i.implemented,
      forwardedAt: ms(i.forwardedAt),
    }
  })
}

export async function toCityIdea(i: IdeaDoc, review: ReviewIdea, panel: PanelDoc | null, scores: CityIdea['scores']): Promise<CityIdea> {
  const titles = await titlesOf(i.mergedFrom)
  return {
    ...review,
    panel: panel ? { id: panel._id, name: panel.name } : null,
    score: summaryOf(i.score),
    scores,
    award: i.award,
    implemented: i.implemented,
    mergedFrom: i.mergedFrom.map((id) => ({ id, title: titles.get(id) ?? '' })),
  }
}

function showcaseItem(i: IdeaDoc, unitName: string, coverUrl: string | null): ShowcaseItem {
  return {
    id: i._id,
    type: i.type,
    title: i.title,
    summary: excerpt(i.proposal, 60),
    authorName: i.authorName,
    coAuthorNames: i.coAuthors.map((c) => c.realName),
    unitName,
    award: i.award,
    implemented: i.implemented,
    adoptedAt: ms(i.adoptedAt) ?? i.updatedAt.getTime(),
    coverUrl,
  }
}

export async function toShowcaseItems(list: IdeaDoc[]): Promise<ShowcaseItem[]> {
  const covers = list.map((i) => passedImages(i)[0])
  const [urls, names] = await Promise.all([tempUrls(covers), unitNames(list.map((i) => i.unitId))])
  return list.map((i, n) => showcaseItem(i, names.get(i.unitId) ?? '', covers[n] ? (urls.get(covers[n]!) ?? null) : null))
}

export async function toShowcaseIdea(i: IdeaDoc): Promise<ShowcaseIdea> {
  const passed = passedImages(i)
  const [urls, names] = await Promise.all([tempUrls(passed), unitNames([i.unitId])])
  const imageUrls = passed.map((f) => urls.get(f)).filter((u): u is string => Boolean(u))
  return {
    ...showcaseItem(i, names.get(i.unitId) ?? '', imageUrls[0] ?? null),
    problem: i.problem,
    proposal: i.proposal,
    benefit: i.benefit,
    savingsYuan: i.savingsYuan,
    imageUrls,
  }
}
