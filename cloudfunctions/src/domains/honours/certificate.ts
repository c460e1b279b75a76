// The worker's own e-certificate as an image. It is drawn on first view, not at commendation: the city's
// commend sweep writes up to 1,000 certificates in one call and drawing each takes a few tenths of a second.
// Once drawn it is kept in cloud storage and never redrawn (a later seal does not change it).
//
// Concurrent first views (the worker taps twice, or opens it on two phones) are safe: each draws the
// same picture and uploads it under a path made of the certificate number and the seal it carries, and
// only the first to record it on the certificate (a conditional update on `image` absent) sets it; every
// caller then answers the recorded file.
import crypto from 'node:crypto'
import type { CertificateView } from '../../../../types/entities/honours'
import { VERIFY_PAGE } from '../../../../types/entities/honours'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import { certificateFont } from '../../lib/font/source'
import type { HandlerContext } from '../../lib/handler'
import { CERT_SIZE, QR_PX, renderCertificate, undrawable } from './certificate-image'
import { toVerification } from './commend'
import { findCertificate, keptImage, setCertificateImageOnce } from './certificates-repo'
import { findNomination } from './nominations-repo'
import type { CertificateDoc } from './repo'
import { decodePicture } from './picture'
import { loadSeal } from './seal-repo'

/**
 * The verification page's mini-program code. Its scene is the certificate number (14 characters, within
 * getUnlimited's 32 visible characters of 0-9 A-Z a-z and !#$&'()*+,/:;=?@-._~ — the number's "-" is
 * among them); check_path off, as the page need not be released when the code is made.
 * VERIFY_PAGE is written without a leading "/", as the API requires.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
 */
export async function verifyCode(number: string): Promise<Buffer> {
  const res = (await cloud.openapi.wxacode.getUnlimited({ scene: number, page: VERIFY_PAGE, checkPath: false, width: QR_PX })) as { buffer: Buffer }
  return res.buffer
}

async function draw(c: CertificateDoc, now: number): Promise<string> {
  const seal = (await loadSeal())?.current
  if (!seal) throw new AppError('HONOUR.NO_SEAL')
  const font = certificateFont()
  const text = { number: c._id, name: c.name, category: c.category, issuer: c.issuer, issuedAt: c.issuedAt.getTime() }
  if (undrawable(font, text).length > 0) throw new AppError('HONOUR.CERT_CHARS')
  const [qrBytes, sealFile] = await Promise.all([verifyCode(c._id), cloud.downloadFile({ fileID: seal.file }) as Promise<{ fileContent: Buffer }>])
  const [qr, sealPicture] = await Promise.all([decodePicture(qrBytes), decodePicture(sealFile.fileContent)])
  if (!qr || !sealPicture) throw new Error('the mini-program code or the stored seal is not a picture the server decodes')
  const png = renderCertificate(font, text, qr, sealPicture)
  const sealKey = crypto.createHash('sha256').update(seal.file).digest('hex').slice(0, 12)
  const { fileID } = (await cloud.uploadFile({ cloudPath: `certificates/${c._id}-${sealKey}.png`, fileContent: png })) as { fileID: string }
  await setCertificateImageOnce(c._id, { image: fileID, imageSeal: seal.file, imageAt: new Date(now) })
  const kept = await keptImage(c._id)
  if (!kept) throw new AppError('COMMON.BUSY')
  return kept
}

export async function certificate(input: { number: string }, ctx: HandlerContext): Promise<CertificateView> {
  const user = ctx.caller.user
  const c = await findCertificate(input.number)
  if (!c) throw new AppError('HONOUR.CERT_NOT_FOUND')
  const n = await findNomination(c.nominationId)
  if (!user || !n || n.nomineeUserId !== user._id) throw new AppError('HONOUR.NOT_YOUR_CERT')
  if (c.status === 'revoked') throw new AppError('HONOUR.CERT_REVOKED')
  const image = c.image ?? (await draw(c, ctx.now))
  const url = (await tempUrls([image])).get(image)
  if (!url) throw new AppError('COMMON.BUSY')
  return { ...toVerification(c), imageUrl: url, width: CERT_SIZE.width, height: CERT_SIZE.height }
}
