// The H5 face's upload queue: picked files become tiles that upload three at a time with progress,
// a failed one retried to the same path (no orphan copy), removal after a confirm, 左移 / 右移 to
// reorder; `change` reports the finished images after every change but progress ticks. The native
// face (components/native/image-picker/index.js) keeps the same queue in the weapp runtime.
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { MEDIA_CHECK_MAX_MB } from '@contract/limits'
import type { ImagePickerProps } from './types'

/** One file's bytes POSTed to the local server's /api/_upload, with upload progress; abortable. */
function upload(cloudPath: string, blob: Blob, onProgress: (p: number) => void): { done: Promise<string>; abort: () => void } {
  const xhr = new XMLHttpRequest()
  const done = new Promise<string>((resolve, reject) => {
    xhr.open('POST', `/api/_upload?cloudPath=${encodeURIComponent(cloudPath)}`)
    xhr.setRequestHeader('Content-Type', blob.type || 'application/octet-stream')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress((e.loaded / e.total) * 100)
    }
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as { fileID?: string }
        if (xhr.status === 200 && body.fileID) resolve(body.fileID)
        else reject(new Error(`upload failed: ${xhr.status}`))
      } catch (e) {
        reject(e)
      }
    }
    xhr.onerror = () => reject(new Error('network'))
    xhr.onabort = () => reject(new Error('aborted'))
    xhr.send(blob)
  })
  return { done, abort: () => xhr.abort() }
}

export type Status = 'queued' | 'uploading' | 'done' | 'failed'

export interface Tile {
  key: string
  status: Status
  progress: number
  /** What the tile shows: the picked file at once, or the stored image's URL. */
  src: string
  fileID: string
  url: string
  cloudPath: string
  source?: string
}

const MAX_PARALLEL = 3
// wx.chooseImage (and Taro's H5 twin) picks at most nine at a time; the native face clamps the same.
const HARD_MAX = 9
let seq = 0
const nextKey = () => `img${++seq}`

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

function uniqueName(ext: string): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${nextKey()}.${ext}`
}

function toast(title: string) {
  void Taro.showToast({ title, icon: 'none', duration: 3000 })
}

const normalizeDir = (dir: string) => {
  const d = dir.replace(/^\/+/, '').trim()
  return d && !d.endsWith('/') ? `${d}/` : d
}

export function useUploadQueue({ cloudDir, max = HARD_MAX, maxSizeMb = MEDIA_CHECK_MAX_MB, value = [], onChange }: ImagePickerProps) {
  const limit = Math.max(1, Math.min(HARD_MAX, Math.floor(max)))
  const [tiles, setTiles] = useState<Tile[]>([])
  const latest = useRef<Tile[]>([])
  latest.current = tiles
  const tasks = useRef(new Map<string, () => void>())
  const alive = useRef(true)
  useEffect(
    () => () => {
      alive.current = false
      tasks.current.forEach((abort) => abort())
    },
    [],
  )

  const patch = useCallback((key: string, change: Partial<Tile>) => {
    setTiles((list) => list.map((t) => (t.key === key ? { ...t, ...change } : t)))
  }, [])

  // A value from the page (a draft loaded late, or [] to reset) replaces the finished images; the
  // page echoing `change.items` back changes nothing.
  const valueKey = value.map((v) => v.fileID).join('|')
  useEffect(() => {
    const done = latest.current.filter((t) => t.status === 'done')
    if (done.map((t) => t.fileID).join('|') === valueKey) return
    const known = new Map(done.map((t) => [t.fileID, t]))
    const next: Tile[] = value.map(
      (v) =>
        known.get(v.fileID) ?? {
          key: nextKey(),
          status: 'done',
          progress: 100,
          src: v.url || v.fileID,
          fileID: v.fileID,
          url: v.url || v.fileID,
          cloudPath: '',
        },
    )
    // Files still uploading keep their places: the order stays the order they were picked in (the
    // first is the cover), whatever order uploads finish or echoes arrive in.
    latest.current.forEach((t, i) => {
      if (t.status !== 'done') next.splice(Math.min(i, next.length), 0, t)
    })
    setTiles(next)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [valueKey])

  // `change` after every change except progress ticks.
  const summary = {
    items: tiles.filter((t) => t.status === 'done').map((t) => ({ fileID: t.fileID, url: t.url })),
    uploading: tiles.some((t) => t.status === 'queued' || t.status === 'uploading'),
    failed: tiles.filter((t) => t.status === 'failed').length,
  }
  const signature = `${summary.items.map((i) => i.fileID).join('|')}#${summary.uploading}#${summary.failed}#${tiles.length}`
  const emitted = useRef<string>()
  useEffect(() => {
    if (emitted.current === undefined) {
      emitted.current = signature
      return
    }
    if (emitted.current === signature) return
    emitted.current = signature
    onChange?.({ detail: summary })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature])

  const start = useCallback(
    (tile: Tile) => {
      patch(tile.key, { status: 'uploading', progress: 0 })
      void (async () => {
        try {
          const blob = await (await fetch(tile.source!)).blob()
          const task = upload(tile.cloudPath, blob, (p) => {
            const pct = Math.round(p)
            if (alive.current)
              setTiles((list) => list.map((t) => (t.key === tile.key && t.status === 'uploading' && t.progress !== pct ? { ...t, progress: pct } : t)))
          })
          tasks.current.set(tile.key, task.abort)
          const fileID = await task.done
          if (alive.current) patch(tile.key, { status: 'done', progress: 100, fileID, url: fileID })
        } catch {
          if (!alive.current || !latest.current.some((t) => t.key === tile.key)) return
          patch(tile.key, { status: 'failed' })
        } finally {
          tasks.current.delete(tile.key)
        }
      })()
    },
    [patch],
  )

  // Start queued files while fewer than three are uploading.
  useEffect(() => {
    let active = tiles.filter((t) => t.status === 'uploading').length
    for (const t of tiles) {
      if (active >= MAX_PARALLEL) break
      if (t.status === 'queued') {
        active++
        start(t)
      }
    }
  }, [tiles, start])

  const add = async () => {
    const dir = normalizeDir(cloudDir)
    if (!dir) {
      toast('暂时无法上传图片，请稍后再试')
      return
    }
    const room = limit - latest.current.length
    if (room <= 0) return
    let res: Taro.chooseImage.SuccessCallbackResult
    try {
      res = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    } catch {
      return // closed without choosing
    }
    const files = (res.tempFiles ?? []).slice(0, room)
    let tooLarge = 0
    const added: Tile[] = []
    for (const f of files) {
      if (f.size > maxSizeMb * 1024 * 1024) {
        tooLarge++
        continue
      }
      // H5's tempFiles carry the picked File: its MIME type, else its name, gives the extension.
      const file = (f as { originalFileObj?: File }).originalFileObj
      const ext = EXT[file?.type ?? ''] ?? (/\.([a-z0-9]{2,5})$/i.exec(file?.name ?? '')?.[1]?.toLowerCase() || 'jpg')
      added.push({
        key: nextKey(),
        status: 'queued',
        progress: 0,
        src: f.path,
        source: f.path,
        fileID: '',
        url: '',
        cloudPath: dir + uniqueName(ext === 'jpeg' ? 'jpg' : ext),
      })
    }
    if (added.length) setTiles((list) => [...list, ...added])
    if (tooLarge) {
      const message = tooLarge === 1 && added.length === 0 ? `图片不能超过${maxSizeMb}MB，请换一张` : `有${tooLarge}张图片超过${maxSizeMb}MB，未添加`
      toast(message)
    }
  }

  const retry = (key: string) => {
    // the same cloudPath again: a retried file never leaves a second copy behind
    patch(key, { status: 'queued', progress: 0 })
  }

  const remove = async (key: string) => {
    const res = await Taro.showModal({ title: '删除图片', content: '确定删除这张图片吗？', confirmText: '删除', confirmColor: '#C8161D', cancelText: '取消' })
    if (!res.confirm) return
    tasks.current.get(key)?.()
    setTiles((list) => list.filter((t) => t.key !== key))
  }

  const move = (key: string, step: -1 | 1) => {
    setTiles((list) => {
      const i = list.findIndex((t) => t.key === key)
      const j = i + step
      if (i < 0 || j < 0 || j >= list.length) return list
      const next = [...list]
      ;[next[i], next[j]] = [next[j], next[i]]
      return next
    })
  }

  const preview = (key: string) => {
    const done = tiles.filter((t) => t.status === 'done')
    const current = done.find((t) => t.key === key)
    if (current) void Taro.previewImage({ urls: done.map((t) => t.src), current: current.src })
  }

  return { tiles, limit, add, retry, remove, move, preview }
}
