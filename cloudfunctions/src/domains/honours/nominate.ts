// Nominations by a grassroots union's chair: drafts, and submission within the unit's quota. A
// submission claims the person's one place in the campaign (a key document, unique by _id) and one of the
// unit's quota places (conditional update); either refused gives back what was taken, so nothing stays written.
import crypto from 'node:crypto'
import type { NominationView } from '../../../../types/entities/honours'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { HandlerContext, MemberContext } from '../../lib/handler'
import type { UserDoc } from '../../lib/caller'
import { checkText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { UnitRecord } from '../org/units-repo'
import { findUser } from '../people/repo'
import { assertOwnPhoto, recordPhotoCheck, sendChecks } from './photo'
import type { MediaCheckDoc } from '../../lib/media-check'
import { addNomination, claimNomineeKey, loadNomination, nominationsPage, releaseNomineeKey, updateNomination } from './nominations-repo'
import { givePlace, quotaOf, takePlace } from './quotas-repo'
import { currentCampaign, pushSteps, step, toView, unitsOf, type NominationDoc } from './repo'

type SaveInput = ParsedInputOf<'honours.saveNomination'>

const EDITABLE = ['draft', 'returned']

async function nomineeUser(id: string | undefined, unitId: string): Promise<UserDoc | null> {
  if (!id) return null
  const u = await findUser(id)
  if (!u || u.unitId !== unitId) throw new AppError('HONOUR.NOMINEE_OTHER_UNIT')
  return u
}

const personKey = (campaignId: string, unitId: string, userId: string | null, name: string) =>
  userId ? `${campaignId}:user:${userId}` : `${campaignId}:name:${unitId}:${name}`

export async function saveNomination(input: SaveInput, ctx: MemberContext): Promise<NominationView> {
  const unit = ctx.scope.unit as UnitRecord
  if (unit.type !== 'grassroots' || !unit.parentId) throw new AppError('HONOUR.NOT_GRASSROOTS')
  const chair = ctx.caller.user
  const campaign = await currentCampaign(ctx.now)
  const existing = input.nominationId ? await loadNomination(input.nominationId) : null
  if (existing && existing.unitId !== unit._id) throw new AppError('HONOUR.NOT_FOUND')
  if (existing && !EDITABLE.includes(existing.status)) throw new AppError('HONOUR.BAD_STATE')
  const member = await nomineeUser(input.nomineeUserId, unit._id)
  if (input.photo && input.photo !== existing?.photo?.file) assertOwnPhoto(input.photo, chair._id)
  const name = member?.realName || input.nomineeName || ''
  const at = new Date(ctx.now)
  const id = existing?._id ?? crypto.randomBytes(16).toString('hex')
  const photoChanged = Boolean(input.photo) && input.photo !== existing?.photo?.file
  const consent = input.paperConsent ? { kind: 'paper' as const, at } : member && existing?.nomineeUserId === member._id ? existing.consent : null
  const fields = {
    nomineeUserId: member?._id ?? null,
    nomineeName: name,
    job: input.job ?? '',
    category: input.category ?? null,
    deeds: input.deeds ?? '',
    // no photo sent keeps the one before: pages see only its link, never its file id, so they cannot send it back
    photo: input.photo ? { file: input.photo, check: photoChanged ? ('none' as const) : (existing?.photo?.check ?? 'none') } : (existing?.photo ?? null),
    consent,
    updatedAt: at,
  }

  if (!input.submit) {
    if (!name && !fields.deeds) throw new AppError('HONOUR.EMPTY_DRAFT')
    if (existing) await updateNomination(id, { ...fields, status: existing.status === 'returned' ? 'returned' : 'draft' })
    else await addNomination({ _id: id, ...newDoc(campaign._id, unit, chair._id, at), ...fields })
    return view(id)
  }

  // Someone not in the app cannot confirm in it: the chair must hold their consent on paper.
  if (!member && !consent) throw new AppError('HONOUR.NO_CONSENT')
  const verdict = await checkText(ctx.caller.openid!, 3, [name, fields.job, fields.deeds])
  if (verdict === 'risky') throw new AppError('CONTENT.REJECTED')

  const key = personKey(campaign._id, unit._id, member?._id ?? null, name)
  const newKey = key !== existing?.personKey
  if (newKey && !(await claimNomineeKey(key, id))) throw new AppError('HONOUR.ALREADY_NOMINATED')
  const needsPlace = !existing?.holdsPlace
  if (needsPlace && !(await takePlace(campaign._id, unit._id))) {
    if (newKey) await releaseNomineeKey(key)
    throw new AppError('HONOUR.OVER_QUOTA')
  }
  let checks: MediaCheckDoc[] = []
  try {
    if (photoChanged) {
      checks = await recordPhotoCheck(ctx.caller.openid!, input.photo!, id, ctx.now)
      fields.photo = { file: input.photo!, check: 'pending' }
    }
  } catch (e) {
    if (needsPlace) await givePlace(campaign._id, unit._id)
    if (newKey) await releaseNomineeKey(key)
    throw e
  }
  const submitted = {
    ...fields,
    status: 'reviewing' as const,
    reviewUnitId: unit.parentId,
    personKey: key,
    holdsPlace: true,
    reason: '',
    submittedAt: at,
  }
  if (existing) {
    await updateNomination(id, { ...submitted, steps: pushSteps(step('submitted', unit._id, ctx.now, '', chair._id)) })
    if (newKey && existing.personKey) await releaseNomineeKey(existing.personKey)
  } else {
    await addNomination({ _id: id, ...newDoc(campaign._id, unit, chair._id, at), ...submitted, steps: [step('submitted', unit._id, ctx.now, '', chair._id)] })
  }
  // Sent only now that the nomination it is about is written; a failed send is retried by the content timer.
  await sendChecks(checks, ctx.now)
  return view(id)
}

function newDoc(
  campaignId: string,
  unit: UnitRecord,
  by: string,
  at: Date,
): Omit<NominationDoc, '_id' | 'nomineeUserId' | 'nomineeName' | 'job' | 'category' | 'deeds' | 'photo' | 'consent' | 'updatedAt'> {
  return {
    campaignId,
    unitId: unit._id,
    unitPath: unit.path,
    unitName: unit.name,
    status: 'draft',
    reviewUnitId: null,
    personKey: null,
    holdsPlace: false,
    reason: '',
    steps: [],
    createdBy: by,
    createdAt: at,
  }
}

export async function view(id: string): Promise<NominationView> {
  const n = await loadNomination(id)
  const [units, urls] = await Promise.all([unitsOf([n]), tempUrls([n.photo?.check === 'pass' || n.photo?.check === 'pending' ? n.photo.file : null])])
  return toView(n, units, urls)
}

const PAGE = 20

export async function nominationsAction(input: ParsedInputOf<'honours.nominations'>, ctx: HandlerContext) {
  const unit = ctx.scope.unit as UnitRecord
  const campaign = await currentCampaign(ctx.now)
  const [rows, quota] = await Promise.all([nominationsPage(input.view, unit._id, input.page, PAGE), quotaOf(campaign._id, unit._id)])
  const list = rows.slice(0, PAGE)
  const [units, urls] = await Promise.all([unitsOf(list), tempUrls(list.map((n) => (n.photo && n.photo.check !== 'risky' ? n.photo.file : null)))])
  return { items: list.map((n) => toView(n, units, urls)), hasMore: rows.length > PAGE, quota: quota.quota, used: quota.used }
}
