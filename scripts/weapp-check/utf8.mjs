// Every uploaded text file must be UTF-8: iOS's WeChat reads no other encoding and DevTools checks
// each code file's encoding on upload ("file is not in UTF-8 encoding").
// https://developers.weixin.qq.com/miniprogram/dev/devtools/details.html
// The build writes Chinese as plain UTF-8 (config/index.ts turns off terser's ascii_only escapes to
// keep the main package small), so this check holds the one rule that change relies on.
import fs from 'node:fs'
import path from 'node:path'

const TEXT = /\.(js|json|wxml|wxss|wxs)$/

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return -1
  } catch {
    // Find the offset for the report: decode growing prefixes at character boundaries.
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]
      const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
      if (len === 0) return i
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len))
      } catch {
        return i
      }
      i += len - 1
    }
    return 0
  }
}

export function checkUtf8(root, files) {
  const text = files.filter((f) => TEXT.test(f))
  const errors = []
  for (const file of text) {
    const at = firstInvalidUtf8(fs.readFileSync(path.join(root, file)))
    if (at >= 0) errors.push(`${file}: not UTF-8 (byte ${at})`)
  }
  return { ok: errors.length === 0, summary: `${text.length} text files, ${errors.length} not UTF-8`, errors }
}
