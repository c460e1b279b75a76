// wxacode.getUnlimited, answered locally with a real picture: a QR code of the local H5 app's URL for the page,
// carrying the scene as the `scene` query parameter like a scanned mini-program code does (the page reads
// it with decodeURIComponent(query.scene)). Checks follow WeChat's "获取不限制的小程序码 getUnlimitedQRCode":
// scene ≤ 32 visible characters from 0-9 A-Z a-z !#$&'()*+,/:;=?@-._~ (no %) → else 40169; page without a
// leading "/" and without query, and (check_path, default true) an existing page → else 41030; env_version
// release | trial | develop → else 40097; width 280–1280 px (default 430).
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
//
// The picture's format is WeChat's, not the one a caller might expect: a JPEG on white, or with is_hyaline
// (透明底色) a PNG whose background is transparent, since a JPEG has no transparency. The content type it
// reports is "image/jpeg" either way: the documented success reply is `{ contentType: "image/jpeg", buffer }`,
// callers see `Content-Type: image/jpeg` (developers.weixin.qq.com/community/develop/doc/0004eec30f0d9831dad18b6c866400),
// and with is_hyaline the bytes are a PNG under that same image/jpeg
// (developers.weixin.qq.com/community/develop/doc/00066ef8a18af825407a282cd5ac00). So a caller must read the
// format from the bytes; one that names every code ".png" stores JPEGs under the wrong name.
import { PNG } from 'pngjs'
import QRCode from 'qrcode'
import { isPlainObject, wxError } from './common'
import type { ApiReply } from './wire'

export interface WxacodeOptions {
  /** Origin of the local H5 app, read at call time. */
  baseUrl: () => string
  /** Pages of the mini-program (app.json order, home first); null when unknown (existence not checked). */
  pages: (() => string[] | null) | null
}

const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
const ENV_VERSIONS = ['release', 'trial', 'develop']
const MIN_WIDTH = 280
const MAX_WIDTH = 1280
const DEFAULT_WIDTH = 430

/** What WeChat's reply says the picture is, whatever it is (see the top of this file). */
const REPLY_CONTENT_TYPE = 'image/jpeg'
/** JPEG quality of the opaque code: high enough that the module edges stay sharp for a scanner. */
const JPEG_QUALITY = 90

export async function getUnlimited(params: Record<string, unknown>, opts: WxacodeOptions): Promise<ApiReply> {
  const { scene, page, check_path: checkPath = true, env_version: envVersion = 'release', width, line_color: lineColor, is_hyaline: hyaline } = params
  if (typeof scene !== 'string' || !SCENE.test(scene)) return wxError(40169, 'invalid length for scene, or the data is not json string')
  if (!ENV_VERSIONS.includes(envVersion as string)) return wxError(40097, 'invalid args, env_version must be release, trial or develop')
  if (page !== undefined && page !== null && typeof page !== 'string') return wxError(40097, 'invalid args, page must be a string')
  const pages = opts.pages ? opts.pages() : null
  const target = typeof page === 'string' && page !== '' ? page : (pages?.[0] ?? '')
  if (target.startsWith('/') || target.includes('?') || /\s/.test(target)) return wxError(41030, 'invalid page')
  if (checkPath !== false && pages && target !== '' && !pages.includes(target)) return wxError(41030, 'invalid page')

  let size = DEFAULT_WIDTH
  if (width !== undefined && width !== null) {
    if (typeof width !== 'number' || !Number.isFinite(width)) return wxError(40097, 'invalid args, width must be a number')
    // Outside the range WeChat draws the nearest allowed size rather than refusing.
    size = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)))
  }
  let dark: Rgba = [0, 0, 0, 255]
  if (lineColor !== undefined && lineColor !== null) {
    // The doc's example gives the channels as strings ({"r":"xxx",...}); numbers are taken too.
    const rgb = isPlainObject(lineColor) ? ['r', 'g', 'b'].map((k) => Number(lineColor[k])) : []
    if (rgb.length !== 3 || rgb.some((c) => !Number.isInteger(c) || c < 0 || c > 255))
      return wxError(40097, 'invalid args, line_color must be {r,g,b} in 0-255')
    dark = [rgb[0], rgb[1], rgb[2], 255]
  }
  const transparent = hyaline === true
  const light: Rgba = transparent ? [255, 255, 255, 0] : [255, 255, 255, 255]

  const url = `${opts.baseUrl().replace(/\/+$/, '')}/#/${target}?scene=${encodeURIComponent(scene)}`
  const bitmap = render(url, size, dark, light)
  const body = transparent ? PNG.sync.write(bitmap, { filterType: 0 }) : await encodeJpeg(bitmap)
  return { body, contentType: REPLY_CONTENT_TYPE }
}

type Rgba = [number, number, number, number]

/** Quiet zone around the code, in modules. */
const MARGIN = 2

/**
 * Draw the QR code of `text` as size×size RGBA pixels. The qrcode package computes the modules. A PNG is
 * written with filter "none", which is as small for a two-colour image and avoids pngjs's adaptive filter
 * search (tens of times slower, noticeably so at 1280 px).
 */
function render(text: string, size: number, dark: Rgba, light: Rgba): PNG {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const count = modules.size
  const scale = size / (count + MARGIN * 2)
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    const row = Math.floor(y / scale) - MARGIN
    for (let x = 0; x < size; x++) {
      const col = Math.floor(x / scale) - MARGIN
      const on = row >= 0 && row < count && col >= 0 && col < count && modules.get(row, col)
      png.data.set(on ? dark : light, (y * size + x) * 4)
    }
  }
  return png
}

/** Baseline JPEG through jimp's encoder (loaded on first use: the local server starts without it). */
async function encodeJpeg(bitmap: PNG): Promise<Buffer> {
  const { Jimp, JimpMime } = await import('jimp')
  return new Jimp({ width: bitmap.width, height: bitmap.height, data: bitmap.data }).getBuffer(JimpMime.jpeg, { quality: JPEG_QUALITY })
}
