// The weapp check's UTF-8 rule (scripts/weapp-check/utf8.mjs): the build writes Chinese as UTF-8
// rather than \uXXXX escapes, so a file in any other encoding must fail the check by name.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkUtf8, firstInvalidUtf8 } from '../../scripts/weapp-check/utf8.mjs'

describe('weapp UTF-8 check', () => {
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-utf8-'))
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it('passes Chinese written as UTF-8', () => {
    fs.writeFileSync(path.join(root, 'common.js'), 'var t="报名成功，请按时参赛";')
    fs.writeFileSync(path.join(root, 'index.wxml'), '<view>职工风采</view>')
    const r = checkUtf8(root, ['common.js', 'index.wxml'])
    expect(r.ok).toBe(true)
    expect(r.errors).toEqual([])
  })

  it('names a file in GBK (or any other encoding) and the byte where it breaks', () => {
    // "var t=\"" then 职工 in GBK (D6 B0 B9 A4): D6 B0 happens to be a valid 2-byte UTF-8 character,
    // B9 is a continuation byte with no lead, the first invalid byte (offset 9).
    const gbk = Buffer.concat([Buffer.from('var t="'), Buffer.from([0xd6, 0xb0, 0xb9, 0xa4]), Buffer.from('";')])
    fs.writeFileSync(path.join(root, 'page.js'), gbk)
    fs.writeFileSync(path.join(root, 'ok.js'), 'var a=1;')
    const r = checkUtf8(root, ['ok.js', 'page.js'])
    expect(r.ok).toBe(false)
    expect(r.errors).toEqual(['page.js: not UTF-8 (byte 9)'])
  })

  it('does not read images or other binary files', () => {
    fs.writeFileSync(path.join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))
    expect(checkUtf8(root, ['icon.png']).ok).toBe(true)
  })

  it('finds the first bad byte after valid multi-byte characters', () => {
    const bytes = Buffer.concat([Buffer.from('职工'), Buffer.from([0xe8, 0x41])])
    expect(firstInvalidUtf8(bytes)).toBe(6)
    expect(firstInvalidUtf8(Buffer.from('职工风采'))).toBe(-1)
  })
})
