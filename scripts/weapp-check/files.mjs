// Walks the weapp build folder once; every check works from this list.
import fs from 'node:fs'
import path from 'node:path'

/** Relative POSIX paths of every file under root, sorted. */
export function listFiles(root) {
  const out = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

export const withoutExt = (file) => file.replace(/\.[^./]+$/, '')

export const formatBytes = (n) => `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(1)} KB)`
