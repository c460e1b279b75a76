// image-picker: choose, compress and upload 1–9 images to cloud storage, one progress bar per file.
//
// A native custom component on purpose: upload progress arrives many times a second, and a native
// component updates only its own data (a path setData such as `items[2].progress`) instead of
// re-rendering the page's React tree. Plain ES2017 (no optional chaining, no `??`, no object
// spread) so it runs on old phones whatever the build does or does not transpile.
'use strict'

var MB = 1024 * 1024
// The product allows at most nine images per work; `max` is clamped to 1..HARD_MAX.
var HARD_MAX = 9
var DEFAULT_MAX_SIZE_MB = 10
// Photos above this size are recompressed before upload: mobile data on old phones is slow and
// metered, and 1 MB is ample for display and review.
var COMPRESS_ABOVE_BYTES = 1 * MB
// wx.compressImage: `quality` 0–100 (applies to JPEG); 80 keeps artwork detail legible.
var COMPRESS_QUALITY = 80
// Network API doc ("网络 > 使用说明"): wx.request / wx.uploadFile / wx.downloadFile share a limit
// of 10 concurrent requests, and the page needs some of them. Nine parallel uploads on a weak
// connection also time out together; three at a time finish one by one instead.
var MAX_PARALLEL_UPLOADS = 3
// Long enough for an older user to read a two-line toast.
var TOAST_MS = 3000

var keySeq = 0

function nextKey() {
  keySeq += 1
  return 'img' + keySeq
}

function clampMax(value) {
  var n = Math.floor(Number(value))
  if (Number.isNaN(n)) return HARD_MAX
  if (n < 1) return 1
  return n > HARD_MAX ? HARD_MAX : n
}

function sizeLimitMb(value) {
  var n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_MAX_SIZE_MB
}

// Cloud storage paths are plain "folder/name" keys: no leading slash, exactly one slash between
// the folder and the generated file name.
function normalizeDir(dir) {
  if (typeof dir !== 'string') return ''
  var d = dir.replace(/^\/+/, '').trim()
  if (!d) return ''
  return d.charAt(d.length - 1) === '/' ? d : d + '/'
}

function extensionOf(filePath) {
  var m = /\.([A-Za-z0-9]{1,8})$/.exec(String(filePath || '').split(/[?#]/)[0])
  return m ? m[1].toLowerCase() : ''
}

// Unique per upload across devices: time, randomness and a per-process counter; the extension of
// the file actually uploaded is kept so the stored object has the right content type.
function uniqueName(ext) {
  return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10) + '-' + nextKey() + '.' + ext
}

function isNumber(n) {
  return typeof n === 'number' && Number.isFinite(n) && n > 0
}

function publicItem(item) {
  var out = { fileID: item.fileID, url: item.url }
  if (isNumber(item.width)) out.width = item.width
  if (isNumber(item.height)) out.height = item.height
  return out
}

function indexOfKey(items, key) {
  for (var i = 0; i < items.length; i++) {
    if (items[i].key === key) return i
  }
  return -1
}

function isCancel(err) {
  // wx.chooseMedia reports a user cancel as "chooseMedia:fail cancel".
  return !!(err && typeof err.errMsg === 'string' && /cancel/i.test(err.errMsg))
}

function isPermissionError(err) {
  // Privacy guide rules (since 2023-09-15) and album/camera authorization both fail the call with
  // an errMsg naming auth, privacy or permission.
  return !!(err && typeof err.errMsg === 'string' && /auth|privacy|permission|deny/i.test(err.errMsg))
}

function toast(title) {
  wx.showToast({ title: title, icon: 'none', duration: TOAST_MS })
}

Component({
  options: {
    styleIsolation: 'isolated',
  },

  properties: {
    max: { type: Number, value: HARD_MAX },
    value: { type: Array, value: [] },
    cloudDir: { type: String, value: '' },
    maxSizeMb: { type: Number, value: DEFAULT_MAX_SIZE_MB },
    disabled: { type: Boolean, value: false },
  },

  data: {
    // Each entry: { key, status: 'queued' | 'uploading' | 'failed' | 'done', progress, src,
    //   fileID, url, width, height }. What rendering does not need lives in _state().
    items: [],
    limit: HARD_MAX,
    canAdd: true,
  },

  observers: {
    value: function (value) {
      this._applyValue(value)
    },
    max: function () {
      this._refresh({})
    },
    disabled: function (disabled) {
      // Files chosen before the page disabled the picker wait in the queue, then go.
      if (!disabled) this._pump()
    },
  },

  lifetimes: {
    attached: function () {
      this._applyValue(this.data.value)
      this._refresh({})
    },
    detached: function () {
      // The page is gone: stop spending the user's data on uploads nobody will receive.
      var state = this._state()
      state.alive = false
      Object.keys(state.files).forEach(function (key) {
        var task = state.files[key].task
        if (task && typeof task.abort === 'function') {
          try {
            task.abort()
          } catch (e) {
            /* already finished */
          }
        }
      })
    },
  },

  methods: {
    // Per-instance bookkeeping that must not go through setData (UploadTask objects, temp paths).
    _state: function () {
      if (!this.__picker) {
        this.__picker = { files: {}, queue: [], active: 0, choosing: false, alive: true }
      }
      return this.__picker
    },

    _refresh: function (patch) {
      var items = patch.items || this.data.items
      var limit = clampMax(this.data.max)
      patch.limit = limit
      patch.canAdd = items.length < limit
      this.setData(patch)
    },

    _emitChange: function () {
      var items = this.data.items
      var done = []
      var uploading = false
      var failed = 0
      for (var i = 0; i < items.length; i++) {
        var s = items[i].status
        if (s === 'done') done.push(publicItem(items[i]))
        else if (s === 'failed') failed += 1
        else uploading = true
      }
      this.triggerEvent('change', { items: done, uploading: uploading, failed: failed })
    },

    _emitError: function (code, message) {
      this.triggerEvent('error', { code: code, message: message })
    },

    // `value` is the page's list of already uploaded images (a draft being edited). A value equal to
    // what the picker already holds (the page echoing `change` back) is ignored, so files still
    // uploading are never disturbed; a different one replaces the finished images and keeps the
    // unfinished ones where they were.
    _applyValue: function (value) {
      var incoming = []
      var list = Array.isArray(value) ? value : []
      for (var i = 0; i < list.length; i++) {
        var v = list[i]
        if (v && typeof v.fileID === 'string' && v.fileID) incoming.push(v)
      }
      var items = this.data.items
      var doneItems = items.filter(function (it) {
        return it.status === 'done'
      })
      var same =
        doneItems.length === incoming.length &&
        doneItems.every(function (it, idx) {
          return it.fileID === incoming[idx].fileID
        })
      if (same) return

      var byFileID = {}
      doneItems.forEach(function (it) {
        byFileID[it.fileID] = it
      })
      var next = incoming.map(function (entry) {
        var known = byFileID[entry.fileID]
        var url = typeof entry.url === 'string' && entry.url ? entry.url : entry.fileID
        return {
          key: known ? known.key : nextKey(),
          status: 'done',
          progress: 100,
          // <image> and wx.previewImage accept a cloud fileID directly (cloud file ID support in
          // both API docs), so an item without url still shows.
          src: known ? known.src : url,
          fileID: entry.fileID,
          url: url,
          width: isNumber(entry.width) ? entry.width : 0,
          height: isNumber(entry.height) ? entry.height : 0,
        }
      })
      // Files still uploading keep their places among the others: the order is the order they were
      // picked in (the first is the cover), whatever order their uploads finish or echoes arrive in.
      items.forEach(function (it, idx) {
        if (it.status !== 'done') next.splice(Math.min(idx, next.length), 0, it)
      })
      this._refresh({ items: next })
    },

    onAdd: function () {
      var state = this._state()
      if (this.data.disabled || state.choosing) return
      var remaining = clampMax(this.data.max) - this.data.items.length
      if (remaining <= 0) return
      if (!normalizeDir(this.data.cloudDir)) {
        // A wiring mistake, not the user's: say so in the console, keep the user's message plain.
        console.error('[image-picker] the cloudDir property is required')
        toast('暂时无法上传图片，请稍后再试')
        this._emitError('NO_CLOUD_DIR', '暂时无法上传图片，请稍后再试')
        return
      }
      var self = this
      state.choosing = true
      try {
        wx.chooseMedia({
          count: remaining,
          mediaType: ['image'],
          sourceType: ['album', 'camera'],
          sizeType: ['compressed'],
          success: function (res) {
            state.choosing = false
            self._accept((res && res.tempFiles) || [])
          },
          fail: function (err) {
            state.choosing = false
            self._chooseFailed(err)
          },
        })
      } catch (err) {
        state.choosing = false
        this._chooseFailed(err)
      }
    },

    _chooseFailed: function (err) {
      // Closing the album or camera is a choice, not an error.
      if (isCancel(err)) return
      var message = isPermissionError(err) ? '没有相册或相机权限，请在设置中允许后再试' : '打开相册失败，请稍后重试'
      toast(message)
      this._emitError(isPermissionError(err) ? 'NO_PERMISSION' : 'CHOOSE_FAILED', message)
    },

    _accept: function (tempFiles) {
      var state = this._state()
      if (!state.alive) return
      var room = clampMax(this.data.max) - this.data.items.length
      var limitMb = sizeLimitMb(this.data.maxSizeMb)
      var limitBytes = limitMb * MB
      var tooLarge = 0
      var added = []
      for (var i = 0; i < tempFiles.length; i++) {
        var f = tempFiles[i]
        if (!f || !f.tempFilePath) continue
        if (f.fileType && f.fileType !== 'image') continue
        if (typeof f.size === 'number' && f.size > limitBytes) {
          tooLarge += 1
          continue
        }
        if (added.length >= room) break
        var key = nextKey()
        state.files[key] = {
          localPath: f.tempFilePath,
          size: typeof f.size === 'number' ? f.size : 0,
          uploadPath: '',
          cloudPath: '',
          task: null,
          release: null,
          attempt: 0,
        }
        added.push({
          key: key,
          status: 'queued',
          progress: 0,
          // The local file shows at once, with no download, on any network.
          src: f.tempFilePath,
          fileID: '',
          url: '',
          width: isNumber(f.width) ? f.width : 0,
          height: isNumber(f.height) ? f.height : 0,
        })
        state.queue.push(key)
      }

      if (added.length) {
        this._refresh({ items: this.data.items.concat(added) })
        this._emitChange()
      }
      if (tooLarge) {
        var message = tooLarge === 1 && added.length === 0 ? '图片不能超过' + limitMb + 'MB，请换一张' : '有' + tooLarge + '张图片超过' + limitMb + 'MB，未添加'
        toast(message)
        this._emitError('TOO_LARGE', message)
      }
      this._pump()
    },

    // Starts queued files while slots are free. Nothing starts while the picker is disabled.
    _pump: function () {
      var state = this._state()
      while (state.alive && !this.data.disabled && state.active < MAX_PARALLEL_UPLOADS && state.queue.length) {
        var key = state.queue.shift()
        var idx = indexOfKey(this.data.items, key)
        if (idx < 0 || this.data.items[idx].status !== 'queued' || !state.files[key]) continue
        this._start(key, idx)
      }
    },

    _start: function (key, idx) {
      var state = this._state()
      var file = state.files[key]
      var self = this
      var released = false
      state.active += 1
      file.release = function () {
        if (released) return
        released = true
        file.release = null
        state.active -= 1
        // Let the current callback finish before the next file starts.
        setTimeout(function () {
          self._pump()
        }, 0)
      }
      var patch = {}
      patch['items[' + idx + '].status'] = 'uploading'
      patch['items[' + idx + '].progress'] = 0
      this.setData(patch)

      if (file.uploadPath) {
        this._upload(key)
        return
      }
      if (file.size > COMPRESS_ABOVE_BYTES && typeof wx.compressImage === 'function') {
        var proceed = function (path) {
          // Removed or detached while compressing: nothing left to upload for.
          if (!state.alive || state.files[key] !== file) return
          file.uploadPath = path || file.localPath
          self._upload(key)
        }
        try {
          wx.compressImage({
            src: file.localPath,
            quality: COMPRESS_QUALITY,
            success: function (res) {
              proceed(res && res.tempFilePath)
            },
            // The original is within the size limit: upload it rather than fail the file.
            fail: function () {
              proceed(file.localPath)
            },
          })
        } catch (e) {
          proceed(file.localPath)
        }
        return
      }
      file.uploadPath = file.localPath
      this._upload(key)
    },

    _upload: function (key) {
      var state = this._state()
      var file = state.files[key]
      var self = this
      if (!file.cloudPath) {
        var ext = extensionOf(file.uploadPath) || extensionOf(file.localPath) || 'jpg'
        // The same cloud path is reused on retry, so a retried file never leaves an orphan copy.
        file.cloudPath = normalizeDir(this.data.cloudDir) + uniqueName(ext)
      }
      file.attempt += 1
      var attempt = file.attempt
      var current = function () {
        return state.alive && state.files[key] === file && file.attempt === attempt
      }
      var settle = function (fn) {
        return function (res) {
          if (!current()) return
          file.task = null
          if (file.release) file.release()
          fn(res)
        }
      }
      var onSuccess = settle(function (res) {
        if (res && res.fileID) self._uploaded(key, res.fileID)
        else self._uploadFailed(key)
      })
      var onFail = settle(function () {
        self._uploadFailed(key)
      })
      try {
        // wx.cloud.uploadFile returns an UploadTask when called with callbacks; its
        // onProgressUpdate reports `progress` 0–100.
        var task = wx.cloud.uploadFile({
          cloudPath: file.cloudPath,
          filePath: file.uploadPath,
          success: onSuccess,
          fail: onFail,
        })
        if (current()) file.task = task || null
        if (task && typeof task.onProgressUpdate === 'function') {
          task.onProgressUpdate(function (res) {
            if (current()) self._progress(key, res && res.progress)
          })
        }
      } catch (err) {
        // wx.cloud missing (wx.cloud.init not called) or a bad argument: the file can be retried.
        onFail(err)
      }
    },

    _progress: function (key, value) {
      var p = Math.round(Number(value))
      if (!Number.isFinite(p)) return
      p = p < 0 ? 0 : p > 100 ? 100 : p
      var items = this.data.items
      var idx = indexOfKey(items, key)
      // Only real changes reach setData: old phones get many events with the same percent.
      if (idx < 0 || items[idx].status !== 'uploading' || items[idx].progress === p) return
      var patch = {}
      patch['items[' + idx + '].progress'] = p
      this.setData(patch)
    },

    _uploaded: function (key, fileID) {
      var idx = indexOfKey(this.data.items, key)
      if (idx < 0) return
      var patch = {}
      patch['items[' + idx + '].status'] = 'done'
      patch['items[' + idx + '].progress'] = 100
      patch['items[' + idx + '].fileID'] = fileID
      // The fileID doubles as the display url: <image> and wx.previewImage accept cloud file IDs.
      patch['items[' + idx + '].url'] = fileID
      this.setData(patch)
      this._emitChange()
    },

    _uploadFailed: function (key) {
      var idx = indexOfKey(this.data.items, key)
      if (idx < 0) return
      var patch = {}
      patch['items[' + idx + '].status'] = 'failed'
      this.setData(patch)
      this._emitChange()
      // The tile already says 上传失败 with a 重试 button; the event lets the page log it.
      this._emitError('UPLOAD_FAILED', '图片上传失败，请点“重试”')
    },

    onRetry: function (e) {
      if (this.data.disabled) return
      var key = e.currentTarget.dataset.key
      var state = this._state()
      var idx = indexOfKey(this.data.items, key)
      if (idx < 0 || this.data.items[idx].status !== 'failed' || !state.files[key]) return
      var patch = {}
      patch['items[' + idx + '].status'] = 'queued'
      patch['items[' + idx + '].progress'] = 0
      this.setData(patch)
      state.queue.push(key)
      this._emitChange()
      this._pump()
    },

    onRemove: function (e) {
      if (this.data.disabled) return
      var key = e.currentTarget.dataset.key
      var self = this
      wx.showModal({
        title: '删除图片',
        content: '确定删除这张图片吗？',
        confirmText: '删除',
        confirmColor: '#C8161D',
        cancelText: '取消',
        success: function (res) {
          if (res && res.confirm) self._remove(key)
        },
      })
    },

    // Only the picker's list changes. A removed file that was already uploaded stays in cloud
    // storage: the page or a cloud function decides whether to delete it (a draft may still use it).
    _remove: function (key) {
      var state = this._state()
      var items = this.data.items
      var idx = indexOfKey(items, key)
      if (idx < 0) return
      var file = state.files[key]
      if (file) {
        delete state.files[key]
        if (file.task && typeof file.task.abort === 'function') {
          try {
            file.task.abort()
          } catch (err) {
            /* already finished */
          }
        }
        if (file.release) file.release()
      }
      var qi = state.queue.indexOf(key)
      if (qi >= 0) state.queue.splice(qi, 1)
      this._refresh({ items: items.slice(0, idx).concat(items.slice(idx + 1)) })
      this._emitChange()
    },

    // Buttons rather than drag: dragging in a grid is hard for older hands.
    onMove: function (e) {
      if (this.data.disabled) return
      var key = e.currentTarget.dataset.key
      var step = Number(e.currentTarget.dataset.step) < 0 ? -1 : 1
      var items = this.data.items.slice()
      var idx = indexOfKey(items, key)
      var to = idx + step
      if (idx < 0 || to < 0 || to >= items.length) return
      var moved = items[idx]
      items[idx] = items[to]
      items[to] = moved
      this.setData({ items: items })
      this._emitChange()
    },

    onPreview: function (e) {
      var key = e.currentTarget.dataset.key
      var items = this.data.items
      var idx = indexOfKey(items, key)
      if (idx < 0 || items[idx].status !== 'done') return
      var urls = items
        .filter(function (it) {
          return it.status === 'done'
        })
        .map(function (it) {
          return it.src
        })
      wx.previewImage({ urls: urls, current: items[idx].src })
    },
  },
})
