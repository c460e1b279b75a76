// The storage security rules declared in database/storage-rules.json, applied to clients as the cloud
// applies them (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/storage/security-rules.html):
// read = download / temp link, write = upload, overwrite, delete; cloud functions bypass them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_ENV } from './identity'
import { installStorage, type LocalStorage } from './storage'
import { compileStorageRules, loadStorageRules } from './storage-rules'

// eslint-disable-next-line import/no-commonjs, @typescript-eslint/no-var-requires -- untyped on purpose: these tests send arguments the SDK's typings reject, and its typings declare the callback-style results as void
const cloud = require('wx-server-sdk')

let dir: string
let storage: LocalStorage

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-storage-rules-'))
  storage = installStorage({ dir, envId: LOCAL_ENV, baseUrl: () => 'http://127.0.0.1:8787' })
  cloud.init({ env: LOCAL_ENV })
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const ALICE = 'o-alice'
const BOB = 'o-bob'

describe('the declared rule: only the creator reads and writes a file (仅创建者及管理员可读写)', () => {
  test('is what the repository declares', () => {
    expect(loadStorageRules().source).toEqual({ read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' })
  })

  test('anyone signed in may upload a new file; it is theirs', async () => {
    const fileID = await storage.asClient(ALICE).uploadFile('works/u-alice/a.png', Buffer.from('alice'))
    expect(storage.ownerOf(fileID)).toBe(ALICE)
  })

  test('the creator may overwrite; another client may not, and the bytes stay', async () => {
    const fileID = await storage.asClient(ALICE).uploadFile('works/u-alice/b.png', Buffer.from('one'))
    await storage.asClient(ALICE).uploadFile('works/u-alice/b.png', Buffer.from('two'))
    await expect(storage.asClient(BOB).uploadFile('works/u-alice/b.png', Buffer.from('evil'))).rejects.toMatchObject({
      errCode: -503002,
      message: 'uploadFile:fail storage permission denied',
    })
    expect((await storage.readFile(fileID))?.toString()).toBe('two')
    expect(storage.ownerOf(fileID)).toBe(ALICE)
  })

  test('a file a cloud function wrote has no client owner: no client may overwrite or delete it', async () => {
    const { fileID } = await cloud.uploadFile({ cloudPath: 'works/u-alice/w1/sealed.jpg', fileContent: Buffer.from('sealed') })
    expect(storage.ownerOf(fileID)).toBeNull()
    await expect(storage.asClient(ALICE).uploadFile('works/u-alice/w1/sealed.jpg', Buffer.from('x'))).rejects.toMatchObject({ errCode: -503002 })
    expect(await storage.asClient(ALICE).deleteFile([fileID])).toEqual([{ fileID, status: -503002, errMsg: 'storage permission denied' }])
    expect((await storage.readFile(fileID))?.toString()).toBe('sealed')
  })

  test('a cloud function (admin) overwrites and deletes any file', async () => {
    const fileID = await storage.asClient(ALICE).uploadFile('works/u-alice/c.png', Buffer.from('mine'))
    await cloud.uploadFile({ cloudPath: 'works/u-alice/c.png', fileContent: Buffer.from('admin') })
    expect((await storage.readFile(fileID))?.toString()).toBe('admin')
    expect((await cloud.deleteFile({ fileList: [fileID] })).fileList[0].status).toBe(0)
  })

  test('delete follows the write rule', async () => {
    const fileID = await storage.asClient(ALICE).uploadFile('works/u-alice/d.png', Buffer.from('d'))
    expect((await storage.asClient(BOB).deleteFile([fileID]))[0].status).toBe(-503002)
    expect(storage.exists(fileID)).toBe(true)
    expect((await storage.asClient(ALICE).deleteFile([fileID]))[0].status).toBe(0)
    expect(storage.exists(fileID)).toBe(false)
  })

  test('reads follow the read rule: the creator gets a link, another client is refused per file', async () => {
    const fileID = await storage.asClient(ALICE).uploadFile('ideas/u-alice/e.png', Buffer.from('e'))
    const [mine] = await storage.asClient(ALICE).getTempFileURL([fileID])
    expect(mine).toMatchObject({ fileID, status: 0, errMsg: 'ok', maxAge: 600 })
    const [theirs] = await storage.asClient(BOB).getTempFileURL([fileID])
    expect(theirs).toEqual({ fileID, status: -503002, errMsg: 'storage permission denied', tempFileURL: '' })
    // Not signed in (单页模式): auth is null, so no file is readable from the client.
    expect((await storage.asClient(null).getTempFileURL([fileID]))[0].status).toBe(-503002)
  })

  test('a client asking for more than 50 links at once fails the whole call', async () => {
    const fileID = await storage.asClient(ALICE).uploadFile('ideas/u-alice/f.png', Buffer.from('f'))
    expect(await storage.asClient(ALICE).getTempFileURL(Array.from({ length: 50 }, () => fileID))).toHaveLength(50)
    await expect(storage.asClient(ALICE).getTempFileURL(Array.from({ length: 51 }, () => fileID))).rejects.toMatchObject({ errCode: -501007 })
  })
})

describe('the rule language', () => {
  const resource = (openid: string | null) => ({ openid, path: 'a/b.png' })

  test('booleans, missing keys (false), && || ! and parentheses', () => {
    expect(compileStorageRules({}).allows('read', { openid: ALICE }, resource(ALICE))).toBe(false)
    expect(compileStorageRules({ read: true }).allows('read', null, resource(null))).toBe(true)
    const r = compileStorageRules({ write: "auth != null && (resource.openid == auth.openid || resource.path == 'a/b.png') && !(auth.openid == 'o-banned')" })
    expect(r.allows('write', null, resource(null))).toBe(false)
    expect(r.allows('write', { openid: BOB }, resource(ALICE))).toBe(true)
    expect(r.allows('write', { openid: 'o-banned' }, resource('o-banned'))).toBe(false)
  })

  test('an absent field equals only another absent field', () => {
    // Why the declared rule compares auth.openid only: a mini-program caller has no auth.uid and a function's
    // file has no owner, so the console template's `|| resource.openid == auth.uid` would match them.
    const r = compileStorageRules({ write: 'resource.openid == auth.uid' })
    expect(r.allows('write', { openid: ALICE }, resource(null))).toBe(true)
    expect(r.allows('write', { openid: ALICE }, resource(ALICE))).toBe(false)
  })

  test('what is not implemented fails to load instead of being guessed', () => {
    expect(() => compileStorageRules({ read: '/^public/.test(resource.path) == true' })).toThrow(/unsupported syntax/)
    expect(() => compileStorageRules({ read: 'resource.owner == auth.openid' })).toThrow(/unknown variable/)
    expect(() => compileStorageRules({ read: 'auth.openid === resource.openid' })).toThrow(/unsupported operator/)
    expect(() => compileStorageRules({ create: true } as never)).toThrow(/unknown operation/)
    expect(() => compileStorageRules({ read: `auth != null${' '.repeat(1024)}` })).toThrow(/1024/)
  })
})
