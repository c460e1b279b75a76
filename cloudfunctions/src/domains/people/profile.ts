import { requireCleanText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import { pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { ensureUser, isProfileComplete, meView, reloadUser, users } from './repo'

/** people.me: who the caller is; the first call creates the user record from the OPENID. */
export const me: Handler<'people.me'> = async (_input, ctx) => meView(await ensureUser(ctx.caller, ctx.now))

/** people.saveProfile: nickname, real name, avatar, job, employee number; content-checked first. */
export const saveProfile: Handler<'people.saveProfile'> = async (input, ctx) => {
  const user = await ensureUser(ctx.caller, ctx.now)
  if (input.avatarFileId && input.avatarFileId !== user.avatarFileId) {
    // Only a file this person uploaded into their own folder, and one that exists.
    if (!pathOfFileId(input.avatarFileId).startsWith(userFolder('avatars', user._id))) {
      throw new AppError('COMMON.VALIDATION', undefined, [{ path: 'avatarFileId', message: '头像文件不属于您' }])
    }
    if (!(await tempUrls([input.avatarFileId])).has(input.avatarFileId)) {
      throw new AppError('COMMON.VALIDATION', undefined, [{ path: 'avatarFileId', message: '头像文件不存在，请重新上传' }])
    }
  }
  await requireCleanText(ctx.caller.openid!, 1, [input.nickname, input.realName, input.job])
  const next = { ...user, nickname: input.nickname, realName: input.realName, job: input.job, employeeNo: input.employeeNo }
  const data: Record<string, unknown> = {
    nickname: input.nickname,
    realName: input.realName,
    job: input.job,
    employeeNo: input.employeeNo,
    updatedAt: new Date(ctx.now),
  }
  if (input.avatarFileId) data.avatarFileId = input.avatarFileId
  if (isProfileComplete(next) && !user.profileCompletedAt) data.profileCompletedAt = new Date(ctx.now)
  await users().doc(user._id).update({ data })
  return meView(await reloadUser(user._id))
}

/** people.agreePrivacy: the caller agreed to the privacy guide of this version. */
export const agreePrivacy: Handler<'people.agreePrivacy'> = async (input, ctx) => {
  const user = await ensureUser(ctx.caller, ctx.now)
  await users()
    .doc(user._id)
    .update({ data: { privacyAgreedAt: new Date(ctx.now), privacyVersion: input.version, updatedAt: new Date(ctx.now) } })
  return { agreedAt: ctx.now }
}
