// image-picker's constants and plain helpers (no component state). Plain ES2017, as index.js.
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

module.exports = {
  MB: MB,
  HARD_MAX: HARD_MAX,
  DEFAULT_MAX_SIZE_MB: DEFAULT_MAX_SIZE_MB,
  COMPRESS_ABOVE_BYTES: COMPRESS_ABOVE_BYTES,
  COMPRESS_QUALITY: COMPRESS_QUALITY,
  MAX_PARALLEL_UPLOADS: MAX_PARALLEL_UPLOADS,
  TOAST_MS: TOAST_MS,
  nextKey: nextKey,
  clampMax: clampMax,
  sizeLimitMb: sizeLimitMb,
  normalizeDir: normalizeDir,
  extensionOf: extensionOf,
  uniqueName: uniqueName,
  isNumber: isNumber,
  publicItem: publicItem,
  indexOfKey: indexOfKey,
  isCancel: isCancel,
  isPermissionError: isPermissionError,
  toast: toast,
}
