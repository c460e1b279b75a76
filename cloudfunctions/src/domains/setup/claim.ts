// Day one: an environment with no city union is claimed once, by whoever holds the setup code the
// deployer put in the org function's environment (SETUP_CODE). There is no default code and no
// default account: without a code of at least SETUP_CODE_MIN_LENGTH characters nobody can claim.
import crypto from 'node:crypto'
import { SETUP_ATTEMPTS_PER_ENV, SETUP_ATTEMPTS_PER_PERSON, SETUP_CODE_ENV, SETUP_CODE_MIN_LENGTH } from '../../../../types/actions/setup'
import { audit } from '../../lib/audit'
import { requireCleanText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { addUnitInTx, cityUnit, siblingKey, toNode, type UnitRecord } from '../org/units-repo'
import { ensureUser, updateUserInTx } from '../people/repo'
import { claimRecorded, claimRecordedInTx, recordClaimInTx, runTransaction, takeAttempt } from './setup-state-repo'

/** The deployer's code, when it is usable. Read at call time: the console's variables can change. */
export function configuredCode(): string | null {
  const code = (process.env[SETUP_CODE_ENV] ?? '').trim()
  return code.length >= SETUP_CODE_MIN_LENGTH ? code : null
}

/** Compares digests of equal length in constant time, so the time taken says nothing about the code. */
export function codeMatches(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given, 'utf8').digest()
  const b = crypto.createHash('sha256').update(expected, 'utf8').digest()
  return crypto.timingSafeEqual(a, b)
}

async function isClaimed(): Promise<boolean> {
  const [claim, city] = await Promise.all([claimRecorded(), cityUnit()])
  return claim || Boolean(city)
}

/** org.setupStatus */
export const setupStatus: Handler<'org.setupStatus'> = async () => {
  const claimed = await isClaimed()
  return { needsSetup: !claimed, codeConfigured: !claimed && configuredCode() !== null }
}

/** org.claimSetup: the city union and its first admin, in one transaction, once. */
export const claimSetup: Handler<'org.claimSetup'> = async (input, ctx) => {
  if (await isClaimed()) throw new AppError('SETUP.ALREADY_DONE')
  const expected = configuredCode()
  if (!expected) throw new AppError('SETUP.NOT_CONFIGURED')
  const user = await ensureUser(ctx.caller, ctx.now)
  // Budgets first (per person, then the environment), so a wrong guess costs one attempt of each.
  await takeAttempt(`setup:${user._id}`, SETUP_ATTEMPTS_PER_PERSON, ctx.now, 'SETUP.TOO_MANY_ATTEMPTS')
  await takeAttempt('setup', SETUP_ATTEMPTS_PER_ENV, ctx.now, 'SETUP.TOO_MANY_ATTEMPTS')
  if (!codeMatches(input.code, expected)) {
    console.warn(`[org] setup claim refused: wrong code (user ${user._id})`)
    throw new AppError('SETUP.BAD_CODE')
  }
  if (user.unitId) throw new AppError('PEOPLE.ALREADY_IN_UNIT')
  await requireCleanText(ctx.caller.openid!, 1, [input.cityName, input.realName, input.nickname])

  const cityId = crypto.randomBytes(16).toString('hex')
  const now = new Date(ctx.now)
  const city: UnitRecord = {
    _id: cityId,
    name: input.cityName,
    type: 'city',
    parentId: null,
    path: [cityId],
    status: 'active',
    memberCount: 1,
    childCount: 0,
    adminCount: 1,
    siblingKey: siblingKey(null, input.cityName),
    createdAt: now,
    updatedAt: now,
  }
  try {
    await runTransaction(async (tx) => {
      // Inside the transaction: a claim that landed meanwhile ends this one (its add clashes on _id).
      if (await claimRecordedInTx(tx)) throw new AppError('SETUP.ALREADY_DONE')
      await recordClaimInTx(tx, { cityId, claimedBy: user._id, claimedAt: now })
      await addUnitInTx(tx, city)
      await updateUserInTx(tx, user._id, {
        realName: input.realName,
        nickname: input.nickname,
        unitId: cityId,
        unitPath: [cityId],
        joinedAt: now,
        roles: [...user.roles, { role: 'city_admin', unitId: cityId, grantedAt: now, grantedBy: user._id }],
        profileCompletedAt: user.profileCompletedAt ?? now,
        updatedAt: now,
      })
      const entry = {
        actorId: user._id,
        actorName: input.realName,
        targetId: user._id,
        targetName: input.realName,
        unitId: cityId,
        unitPath: [cityId],
        at: now,
      }
      await audit({ ...entry, kind: 'unit', action: 'setup', detail: { cityName: input.cityName } }, tx)
      await audit({ ...entry, kind: 'role', action: 'grant', detail: { role: 'city_admin', via: 'setup' } }, tx)
    })
  } catch (e) {
    if (e instanceof AppError) throw e
    // Two claims at once: the one that lost finds the claim made and is told so.
    if (await isClaimed()) throw new AppError('SETUP.ALREADY_DONE')
    throw e
  }
  return { city: toNode(city) }
}
