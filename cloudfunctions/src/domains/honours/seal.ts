// The union's seal printed on e-certificates. The city admin uploads a picture of it (PNG with a
// transparent background is best; a JPEG scan on white paper is taken too, its white made transparent);
// the server decodes it, fits it into a SEAL_PX square and keeps that copy, which goes to WeChat's media
// check. Only once the check passed does it become the seal new certificates carry; certificates already
// made keep the one they were drawn with (their image is never redrawn).
import crypto from 'node:crypto'
import { PNG } from 'pngjs'
import type { SealView } from '../../../../types/entities/honours'
import { HONOUR_LIMITS } from '../../../../types/entities/honours'
import { audit } from '../../lib/audit'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import type { MemberContext } from '../../lib/handler'
import type { MediaVerdict } from '../../lib/media-check'
import { recordChecks, sendChecks } from '../../lib/media-check'
import { cityUnit } from '../org/units-repo'
import { SEAL_PX } from './certificate-image'
import { decodePicture, imageSize } from './picture'
import { loadSeal, markPendingSeal, promotePendingSeal, SEAL_ID, SEAL_REF, storeSeal, type SealDoc } from './seal-repo'

/** The largest side accepted: a bigger picture is refused before it is decoded (about 64 MB of pixels). */
const MAX_SIDE = 4000

/** The seal as stored: fitted into a SEAL_PX square, transparent around it; a picture without transparency loses its white. */
export async function normaliseSeal(bytes: Buffer): Promise<Buffer> {
  const size = imageSize(bytes)
  if (!size || size.width < 1 || size.height < 1) throw new AppError('HONOUR.SEAL_BAD_IMAGE')
  if (size.width > MAX_SIDE || size.height > MAX_SIDE) throw new AppError('HONOUR.SEAL_TOO_LARGE')
  const bitmap = await decodePicture(bytes)
  if (!bitmap) throw new AppError('HONOUR.SEAL_BAD_IMAGE')
  const { Jimp } = await import('jimp')
  const data = bitmap.data
  let opaque = true
  for (let i = 3; i < data.length && opaque; i += 4) opaque = data[i] === 255
  // A scan on paper: near-white becomes transparent, fading in so the stamp's edge stays smooth.
  if (opaque)
    for (let i = 0; i < data.length; i += 4) {
      const light = Math.min(data[i], data[i + 1], data[i + 2])
      data[i + 3] = light >= 235 ? 0 : light <= 200 ? 255 : Math.round(((235 - light) / 35) * 255)
    }
  const img = new Jimp({ data, width: bitmap.width, height: bitmap.height })
  img.scaleToFit({ w: SEAL_PX, h: SEAL_PX })
  const square = new PNG({ width: SEAL_PX, height: SEAL_PX })
  const ox = Math.floor((SEAL_PX - img.bitmap.width) / 2)
  const oy = Math.floor((SEAL_PX - img.bitmap.height) / 2)
  for (let y = 0; y < img.bitmap.height; y++)
    img.bitmap.data.copy(square.data, ((y + oy) * SEAL_PX + ox) * 4, y * img.bitmap.width * 4, (y + 1) * img.bitmap.width * 4)
  return PNG.sync.write(square)
}

async function toView(doc: SealDoc | null): Promise<SealView> {
  const urls = await tempUrls([doc?.current?.file, doc?.pending && doc.pending.check !== 'risky' ? doc.pending.file : null])
  return {
    current: doc?.current ? { url: urls.get(doc.current.file) ?? null, at: doc.current.at.getTime() } : null,
    pending: doc?.pending
      ? { url: doc.pending.check === 'risky' ? null : (urls.get(doc.pending.file) ?? null), check: doc.pending.check, at: doc.pending.at.getTime() }
      : null,
  }
}

export async function seal(): Promise<SealView> {
  return toView(await loadSeal())
}

export async function setSeal(input: { file: string }, ctx: MemberContext): Promise<SealView> {
  const user = ctx.caller.user
  if (!pathOfFileId(input.file).startsWith(userFolder('honours', user._id))) throw new AppError('HONOUR.IMAGE_NOT_YOURS')
  const res = (await cloud.downloadFile({ fileID: input.file })) as { fileContent: Buffer }
  if (res.fileContent.length > HONOUR_LIMITS.imageMaxBytes) throw new AppError('HONOUR.SEAL_TOO_LARGE')
  const png = await normaliseSeal(res.fileContent)
  const name = `${ctx.now}-${crypto.randomBytes(4).toString('hex')}`
  const uploaded = (await cloud.uploadFile({ cloudPath: `honour-seals/${name}.png`, fileContent: png })) as { fileID: string }
  const at = new Date(ctx.now)
  const checks = await recordChecks(ctx.caller.openid!, { kind: 'honour', id: SEAL_REF }, [uploaded.fileID], ctx.now, 1)
  const before = await loadSeal()
  const doc: SealDoc = { _id: SEAL_ID, current: before?.current ?? null, pending: { file: uploaded.fileID, check: 'pending', at, by: user._id } }
  await storeSeal(doc)
  await sendChecks(checks, ctx.now)
  const city = await cityUnit()
  await audit({
    kind: 'honour',
    action: 'honours.setSeal',
    actorId: user._id,
    actorName: user.realName,
    targetId: SEAL_ID,
    targetName: city?.name ?? '',
    unitId: city?._id ?? '',
    unitPath: city?.path ?? [],
    detail: { before: { seal: before?.current?.file ?? null }, after: { pending: uploaded.fileID } },
    at,
  })
  return toView(doc)
}

/** The media check's verdict on an uploaded seal: passed → it becomes the seal; only the latest upload counts. */
export async function onSealVerdict(fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  if (verdict === 'risky') return markPendingSeal(fileId, 'risky')
  await promotePendingSeal(fileId, new Date(now))
}

/** No verdict after every try: the upload waits for a person and the seal in use stays. */
export async function onSealHandOver(fileId: string): Promise<void> {
  await markPendingSeal(fileId, 'manual')
}
