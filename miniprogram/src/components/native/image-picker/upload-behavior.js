// image-picker's upload queue: at most MAX_PARALLEL_UPLOADS files at a time, large photos
// compressed first, progress per file, failure and retry to the same cloud path. A Behavior, so its
// methods are the component's own (`this` is the component). Plain ES2017, as index.js.
'use strict'

var helpers = require('./helpers')

var COMPRESS_ABOVE_BYTES = helpers.COMPRESS_ABOVE_BYTES
var COMPRESS_QUALITY = helpers.COMPRESS_QUALITY
var MAX_PARALLEL_UPLOADS = helpers.MAX_PARALLEL_UPLOADS
var normalizeDir = helpers.normalizeDir
var extensionOf = helpers.extensionOf
var uniqueName = helpers.uniqueName
var indexOfKey = helpers.indexOfKey

module.exports = Behavior({
  methods: {
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
  },
})
