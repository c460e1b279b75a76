// image-picker: choose, compress and upload 1–9 images to cloud storage, one progress bar per file.
//
// A native custom component on purpose: upload progress arrives many times a second, and a native
// component updates only its own data (a path setData such as `items[2].progress`) instead of
// re-rendering the page's React tree. Plain ES2017 (no optional chaining, no `??`, no object
// spread) so it runs on old phones whatever the build does or does not transpile.
'use strict'

var helpers = require('./helpers')

var MB = helpers.MB
var HARD_MAX = helpers.HARD_MAX
var DEFAULT_MAX_SIZE_MB = helpers.DEFAULT_MAX_SIZE_MB
var nextKey = helpers.nextKey
var clampMax = helpers.clampMax
var sizeLimitMb = helpers.sizeLimitMb
var normalizeDir = helpers.normalizeDir
var isNumber = helpers.isNumber
var publicItem = helpers.publicItem
var indexOfKey = helpers.indexOfKey
var isCancel = helpers.isCancel
var isPermissionError = helpers.isPermissionError
var toast = helpers.toast

Component({
  options: {
    styleIsolation: 'isolated',
  },
  behaviors: [require('./upload-behavior')],

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
