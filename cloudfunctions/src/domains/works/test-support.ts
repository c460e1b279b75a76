// Shared by the works scenario suites: pictures as a phone would upload them, and the steps a work
// takes, through the real function entries on the local cloud.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { cloud as sdk } from '../../lib/cloud'
import type { InputOf } from '../../../../types/actions/index'
import type { MyWork } from '../../../../types/entities/works'
import { runAs } from '../../../local/identity'
import type { TestCloud } from '../../../local/testing'

export const as = (OPENID: string) => ({ OPENID })
export const WORKER = as('demo-worker') // 张三, 华中机械 u-jkq-jixie
export const WORKER_ID = 'user-demo-worker'
export const OTHER_WORKER = as('demo-worker-2') // 李四, 市人民医院 u-health-renmin
export const UNIT_CHAIR = as('demo-unit-chair') // 华中机械 u-jkq-jixie
export const AREA_CHAIR = as('demo-area-chair') // 经开区 u-jkq
export const CITY = as('demo-city-admin')

/** A small picture with its own content (so its sha256 is its own). */
export function png(seed: number, width = 48, height = 36): Buffer {
  const img = new PNG({ width, height })
  for (let i = 0; i < width * height; i++) {
    img.data[i * 4] = (seed * 37 + i) & 255
    img.data[i * 4 + 1] = (seed * 91 + (i >> 3)) & 255
    img.data[i * 4 + 2] = (seed * 13) & 255
    img.data[i * 4 + 3] = 255
  }
  return PNG.sync.write(img)
}

/** Width and height from a JPEG's frame header (SOF0–SOF2). */
export function jpegSize(b: Buffer): [number, number] {
  let at = 2
  while (at + 9 < b.length && b[at] === 0xff) {
    const marker = b[at + 1]
    if (marker >= 0xc0 && marker <= 0xc2) return [b.readUInt16BE(at + 7), b.readUInt16BE(at + 5)]
    at += 2 + b.readUInt16BE(at + 2)
  }
  throw new Error('not a JPEG with a frame header')
}

export const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex')

/** What the picker does: put the bytes into the author's folder, answer the fileID. */
export async function upload(cloud: TestCloud, userId: string, bytes: Buffer, ext = 'png'): Promise<string> {
  return cloud.storage.putFromClient(`works/${userId}/${crypto.randomBytes(6).toString('hex')}.${ext}`, bytes)
}

export function content(images: string[], overrides: Partial<InputOf<'works.submit'>> = {}): InputOf<'works.submit'> {
  return { category: '书法', title: '行书《劳动最光荣》', description: '用行书写下劳动最光荣五个大字，献给一线的工友们。', images, ...overrides }
}

export async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>): Promise<T> {
  const res = await p
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}`)
  return res.data
}

/** A submitted work whose images passed the check: waiting for the author's unit chair. */
export async function reviewingWork(cloud: TestCloud, who = WORKER, userId = WORKER_ID, seed = 1, overrides: Partial<InputOf<'works.submit'>> = {}): Promise<MyWork> {
  const images = [await upload(cloud, userId, png(seed)), await upload(cloud, userId, png(seed + 1000))]
  const work = await ok(cloud.call('works.submit', content(images, overrides), who))
  await cloud.openapi.flushMediaChecks()
  return ok(cloud.call('works.myWork', { workId: work.id }, who))
}

/** …recommended by the unit chair, passed up by the area chair: at the city union. */
export async function atCity(cloud: TestCloud, seed = 1): Promise<string> {
  const w = await reviewingWork(cloud, WORKER, WORKER_ID, seed)
  await ok(cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR))
  await ok(cloud.call('works.recommend', { workId: w.id }, AREA_CHAIR))
  return w.id
}

/** The database byte for byte, to prove a refused call wrote nothing. */
export async function unchanged(cloud: TestCloud, fn: () => Promise<unknown>): Promise<void> {
  const before = JSON.stringify(cloud.db.dump())
  await fn()
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
}

/** The folder on disk behind the local storage, found from a probe file's signed URL. */
async function objectsRoot(cloud: TestCloud): Promise<string> {
  const probe = 'probe/root.txt'
  const fileID = await cloud.storage.putFromClient(probe, Buffer.from('probe'))
  const res = (await runAs({}, () => sdk.getTempFileURL({ fileList: [fileID] }))) as { fileList: Array<{ tempFileURL: string }> }
  const url = new URL(res.fileList[0].tempFileURL)
  const hit = cloud.storage.resolveTempUrl(url.pathname + url.search)
  if (!hit) throw new Error('cannot locate local storage')
  return hit.filePath.slice(0, hit.filePath.length - probe.length)
}

/** Cloud paths of the stored files under a folder, sorted. */
export async function storedUnder(cloud: TestCloud, folder: string): Promise<string[]> {
  const root = await objectsRoot(cloud)
  const out: string[] = []
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else out.push(path.relative(root, p).split(path.sep).join('/'))
    }
  }
  walk(path.join(root, ...folder.split('/').filter(Boolean)))
  return out.sort()
}
