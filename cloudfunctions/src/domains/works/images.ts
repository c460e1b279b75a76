// A work's image files. The mini-program uploads into the author's folder (works/<user>/<name>); the
// server accepts only such files (or copies it made for this same work), reads each one once on
// submission to make sure it is a picture within WeChat's 10 MB, and copies it into the work's folder
// ("sealed": created by the server, so the author cannot overwrite it after the check). Sizes for
// lists and the large view are made from the sealed file after it passed the check.
import crypto from 'node:crypto'
import { WORK_LIMITS } from '../../../../types/entities/works'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { deleteFiles, pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import type { WorkDoc, WorkImageDoc } from './repo'

export type ImageKind = 'jpg' | 'png' | 'gif'

/** Formats the image library decodes and WeChat's media check takes, by their magic bytes. */
export function sniffImage(b: Buffer): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg'
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1'))) return 'gif'
  return null
}

/** The work's own folder, inside the author's: works/<user>/<work>/. */
export const workFolder = (authorId: string, workId: string) => `${userFolder('works', authorId)}${workId}/`

/**
 * Where the sizes others see are kept: by work, not by author, so a public URL never carries the
 * author's id (which would tie their works together).
 */
export const sizesFolder = (workId: string) => `gallery/${workId}/`

/** A file the author uploaded straight into their folder (what the picker makes: no sub-folder). */
const isOwnUpload = (fileId: string, authorId: string) => {
  const path = pathOfFileId(fileId)
  const folder = userFolder('works', authorId)
  return path.startsWith(folder) && !path.slice(folder.length).includes('/')
}

const imageIssue = (index: number, message: string) => [{ path: `images.${index}`, message: `第 ${index + 1} 张图片：${message}` }]

/**
 * The images a save or submission names, in order, checked against what the author may reference:
 * their own uploads, or files this work already holds (kept with what is known about them). One
 * storage round trip checks that the new uploads exist.
 */
export async function resolveImages(fileIds: string[], authorId: string, current: WorkDoc | null): Promise<WorkImageDoc[]> {
  const held = new Map((current?.images ?? []).map((im) => [im.file, im]))
  const fresh: string[] = []
  fileIds.forEach((f, i) => {
    if (held.has(f)) return
    if (!isOwnUpload(f, authorId)) throw new AppError('WORK.IMAGE_NOT_YOURS', undefined, imageIssue(i, '不是您上传的'))
    fresh.push(f)
  })
  if (fresh.length) {
    const found = await tempUrls(fresh)
    const missing = fileIds.findIndex((f) => !held.has(f) && !found.has(f))
    if (missing >= 0) throw new AppError('WORK.IMAGE_MISSING', undefined, imageIssue(missing, '没有上传成功'))
  }
  return fileIds.map((f) => held.get(f) ?? { file: f, sealed: false, check: 'none' })
}

async function download(fileId: string, index: number): Promise<Buffer> {
  try {
    const res = (await cloud.downloadFile({ fileID: fileId })) as { fileContent?: Buffer }
    if (res.fileContent) return res.fileContent
  } catch {
    // fall through: the file is gone
  }
  throw new AppError('WORK.IMAGE_MISSING', undefined, imageIssue(index, '没有上传成功'))
}

/**
 * Seal every image not yet sealed: read it, check it is a picture within the limit, store the
 * server's copy in the work's folder. Answers the images as they will be saved and the copies made
 * (to be removed if the submission does not go through). The images are sealed all at once (nine
 * one after another would spend nine downloads and nine uploads of the function's time in a row); on
 * a refused image, every copy made is removed before the first refusal (in image order) is answered.
 */
export async function sealImages(images: WorkImageDoc[], authorId: string, workId: string): Promise<{ images: WorkImageDoc[]; made: string[] }> {
  const results = await Promise.allSettled(
    images.map(async (im, i): Promise<WorkImageDoc> => {
      if (im.sealed) return im
      const bytes = await download(im.file, i)
      if (bytes.length > WORK_LIMITS.imageMaxBytes) throw new AppError('WORK.IMAGE_TOO_LARGE', undefined, imageIssue(i, '超过 10MB'))
      const kind = sniffImage(bytes)
      if (!kind) throw new AppError('WORK.IMAGE_NOT_IMAGE', undefined, imageIssue(i, '不是照片文件'))
      const cloudPath = `${workFolder(authorId, workId)}${crypto.randomBytes(8).toString('hex')}.${kind}`
      const { fileID } = (await cloud.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string }
      return { file: fileID, sealed: true, check: 'none' }
    }),
  )
  const made = results.flatMap((r, i) => (r.status === 'fulfilled' && !images[i].sealed ? [r.value.file] : []))
  const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (refused) {
    await removeFiles(made)
    throw refused.reason
  }
  return { images: results.map((r) => (r as PromiseFulfilledResult<WorkImageDoc>).value), made }
}

/** Every stored file of these images (the file and its sizes). */
export const filesOf = (images: WorkImageDoc[]): string[] => images.flatMap((im) => [im.file, im.thumb, im.preview].filter((f): f is string => Boolean(f)))

/** Files of `before` that `after` no longer holds. */
export function dropped(before: WorkImageDoc[], after: WorkImageDoc[]): string[] {
  const keep = new Set(filesOf(after))
  return filesOf(before).filter((f) => !keep.has(f))
}

/**
 * Delete files (deleteFiles keeps to the cloud's 50 a request). Best effort: the record that pointed at
 * them is already gone or changed, and a file left behind is only storage, never shown.
 */
export async function removeFiles(fileIds: string[]): Promise<void> {
  try {
    await deleteFiles(fileIds)
  } catch (e) {
    console.warn('[works] deleteFile failed', e)
  }
}

/** The image library could not read the bytes: a fact about the file, not a passing trouble to retry. */
export class UndecodableImage extends Error {}

/** Long side of the large view; a phone screen at 3× is ~1080 px wide. */
export const PREVIEW_PX = 1080
/** Side of a list thumbnail: a two-column grid cell at 3× is ~330–400 px. */
export const THUMB_PX = 400

export interface Sizes {
  thumb: string
  preview: string
  width: number
  height: number
}

/** EXIF orientation (1–8) of a JPEG, 1 when absent: phones store portraits sideways and say so here. */
export function exifOrientation(b: Buffer): number {
  if (sniffImage(b) !== 'jpg') return 1
  let at = 2
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1]
    const size = b.readUInt16BE(at + 2)
    if (marker === 0xda) break // image data begins: no EXIF before it
    if (marker === 0xe1 && b.toString('latin1', at + 4, at + 10) === 'Exif\0\0') {
      const tiff = at + 10
      if (tiff + 8 > b.length) return 1
      const le = b.toString('latin1', tiff, tiff + 2) === 'II'
      const u16 = (o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o))
      const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o))
      const ifd = tiff + u32(tiff + 4)
      if (ifd + 2 > b.length) return 1
      const entries = u16(ifd)
      for (let i = 0; i < entries; i++) {
        const entry = ifd + 2 + i * 12
        if (entry + 12 > b.length) return 1
        if (u16(entry) === 0x0112) {
          const v = u16(entry + 8)
          return v >= 1 && v <= 8 ? v : 1
        }
      }
      return 1
    }
    at += 2 + size
  }
  return 1
}

type Bitmap = { data: Buffer; width: number; height: number }

/** Turn a bitmap upright by its EXIF orientation (http://sylvana.net/jpegcrop/exif_orientation.html). */
export function upright(src: Bitmap, orientation: number): Bitmap {
  if (orientation < 2 || orientation > 8) return src
  const { width: w, height: h } = src
  const swap = orientation > 4
  const width = swap ? h : w
  const height = swap ? w : h
  // target (x, y) → source (x, y), per orientation
  const from: Record<number, (x: number, y: number) => [number, number]> = {
    2: (x, y) => [w - x - 1, y],
    3: (x, y) => [w - x - 1, h - y - 1],
    4: (x, y) => [x, h - y - 1],
    5: (x, y) => [y, x],
    6: (x, y) => [y, h - x - 1],
    7: (x, y) => [w - y - 1, h - x - 1],
    8: (x, y) => [w - y - 1, x],
  }
  const map = from[orientation]
  const data = Buffer.alloc(src.data.length)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = map(x, y)
      src.data.copy(data, (y * width + x) << 2, (sy * w + sx) << 2, ((sy * w + sx) << 2) + 4)
    }
  }
  return { data, width, height }
}

const MIME: Record<ImageKind, string> = { jpg: 'image/jpeg', png: 'image/png', gif: 'image/gif' }

/**
 * The list and large-view sizes of a sealed image, as JPEG beside it. Re-encoding also drops the
 * photo's EXIF data (a phone's GPS position among it) from what the public sees. jimp is loaded on
 * first use, so a cold start of the function for anything else does not pay for it. Decoding goes
 * through jimp's own format decoders by the type already sniffed (jimp's read() would sniff again
 * with an ES-module-only library).
 */
export async function makeSizes(sealedFileId: string, workId: string): Promise<Sizes> {
  const { Jimp, JimpMime, defaultFormats } = await import('jimp')
  const res = (await cloud.downloadFile({ fileID: sealedFileId })) as { fileContent: Buffer }
  const bytes = res.fileContent
  const kind = sniffImage(bytes)
  const format = kind ? defaultFormats.map((f) => f()).find((f) => f.mime === MIME[kind]) : undefined
  if (!format) throw new UndecodableImage('not a picture the server decodes')
  let decoded: Bitmap
  try {
    decoded = (await format.decode(bytes)) as unknown as Bitmap
  } catch (e) {
    throw new UndecodableImage(`cannot decode: ${(e as Error).message}`)
  }
  const img = new Jimp(
    upright(
      { data: Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength), width: decoded.width, height: decoded.height },
      exifOrientation(bytes),
    ),
  )
  const { width, height } = img.bitmap
  if (width > PREVIEW_PX || height > PREVIEW_PX) img.scaleToFit({ w: PREVIEW_PX, h: PREVIEW_PX })
  const preview = await img.getBuffer(JimpMime.jpeg, { quality: 82 })
  img.cover({ w: THUMB_PX, h: THUMB_PX })
  const thumb = await img.getBuffer(JimpMime.jpeg, { quality: 78 })
  const base = sizesFolder(workId) + (pathOfFileId(sealedFileId).split('/').pop() ?? '').replace(/\.[a-z]+$/, '')
  const [p, t] = await Promise.all([
    cloud.uploadFile({ cloudPath: `${base}-${PREVIEW_PX}.jpg`, fileContent: preview }) as Promise<{ fileID: string }>,
    cloud.uploadFile({ cloudPath: `${base}-${THUMB_PX}.jpg`, fileContent: thumb }) as Promise<{ fileID: string }>,
  ])
  return { preview: p.fileID, thumb: t.fileID, width, height }
}
