// Drawing text onto an RGBA bitmap from TrueType outlines (truetype.ts): the quadratic contours are
// flattened to line segments in pixel space and filled with the non-zero winding rule, 4 sample rows per
// pixel with exact horizontal coverage, then blended over what is there. Pure JS, no native library.
import type { Font, GlyphPoint } from './truetype'

export interface Bitmap {
  data: Buffer
  width: number
  height: number
}

export type Rgb = readonly [number, number, number]

type Edge = { x0: number; y0: number; x1: number; y1: number; dir: 1 | -1 }

/** Sample rows per pixel row. */
const ROWS = 4

/** The code points of `text` the font lacks (each drawn as an empty box otherwise). */
export function missingGlyphs(font: Font, text: string): string[] {
  return [...new Set([...text].filter((ch) => ch.trim() !== '' && font.glyphIndex(ch.codePointAt(0)!) === 0))]
}

/** The width of `text` at `size` px (advance widths, no kerning: CJK text has none). */
export function textWidth(font: Font, text: string, size: number): number {
  const scale = size / font.unitsPerEm
  let w = 0
  for (const ch of text) w += font.glyph(font.glyphIndex(ch.codePointAt(0)!)).advance * scale
  return w
}

function flatten(contour: GlyphPoint[], map: (p: { x: number; y: number }) => { x: number; y: number }, edges: Edge[]): void {
  if (contour.length < 2) return
  const n = contour.length
  // Where the contour starts on the curve: its first on-curve point, or the midpoint of two off-curve ones.
  const first = contour.findIndex((p) => p.onCurve)
  const start = first >= 0 ? contour[first] : { x: (contour[0].x + contour[n - 1].x) / 2, y: (contour[0].y + contour[n - 1].y) / 2, onCurve: true }
  const from = first >= 0 ? first : 0
  let prev = map(start)
  const line = (p: { x: number; y: number }) => {
    if (p.y !== prev.y) edges.push(p.y > prev.y ? { x0: prev.x, y0: prev.y, x1: p.x, y1: p.y, dir: 1 } : { x0: p.x, y0: p.y, x1: prev.x, y1: prev.y, dir: -1 })
    prev = p
  }
  let control: { x: number; y: number } | null = null
  const steps = first >= 0 ? n : n + 1
  for (let k = 1; k <= steps; k++) {
    const q = contour[(from + k) % n]
    const pt = k === steps ? start : q
    const onCurve = k === steps ? true : q.onCurve
    if (!onCurve) {
      const c = map(pt)
      if (control) curve(control, { x: (control.x + c.x) / 2, y: (control.y + c.y) / 2 })
      control = c
      continue
    }
    if (control) curve(control, map(pt))
    else line(map(pt))
    control = null
  }
  function curve(c: { x: number; y: number }, end: { x: number; y: number }) {
    const p0 = prev
    const len = Math.hypot(c.x - p0.x, c.y - p0.y) + Math.hypot(end.x - c.x, end.y - c.y)
    const parts = Math.max(2, Math.min(24, Math.ceil(len / 2)))
    for (let i = 1; i <= parts; i++) {
      const t = i / parts
      const u = 1 - t
      line({ x: u * u * p0.x + 2 * u * t * c.x + t * t * end.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * end.y })
    }
  }
}

/** Adds coverage of the span [a, b) of sample row weight `w` to `row` (pixel columns 0..width-1). */
function span(row: Float32Array, a: number, b: number, w: number): void {
  a = Math.max(0, a)
  b = Math.min(row.length, b)
  if (b <= a) return
  const ia = Math.floor(a)
  const ib = Math.floor(b)
  if (ia === ib) {
    row[ia] += (b - a) * w
    return
  }
  row[ia] += (ia + 1 - a) * w
  for (let i = ia + 1; i < ib; i++) row[i] += w
  if (ib < row.length) row[ib] += (b - ib) * w
}

/**
 * Draw `text` with its left end at `x` and its baseline at `baseline` (px), `size` px per em, in `color`.
 */
export function drawText(img: Bitmap, font: Font, text: string, x: number, baseline: number, size: number, color: Rgb): void {
  const scale = size / font.unitsPerEm
  const edges: Edge[] = []
  let pen = x
  for (const ch of text) {
    const g = font.glyph(font.glyphIndex(ch.codePointAt(0)!))
    const ox = pen
    const map = (p: { x: number; y: number }) => ({ x: ox + p.x * scale, y: baseline - p.y * scale })
    for (const c of g.contours) flatten(c, map, edges)
    pen += g.advance * scale
  }
  fill(img, edges, color)
}

function fill(img: Bitmap, edges: Edge[], color: Rgb): void {
  if (edges.length === 0) return
  const top = Math.max(0, Math.floor(Math.min(...edges.map((e) => e.y0))))
  const bottom = Math.min(img.height, Math.ceil(Math.max(...edges.map((e) => e.y1))))
  const row = new Float32Array(img.width)
  const hits: Array<{ x: number; dir: number }> = []
  for (let py = top; py < bottom; py++) {
    row.fill(0)
    let any = false
    for (let s = 0; s < ROWS; s++) {
      const y = py + (s + 0.5) / ROWS
      hits.length = 0
      for (const e of edges) if (y >= e.y0 && y < e.y1) hits.push({ x: e.x0 + ((y - e.y0) / (e.y1 - e.y0)) * (e.x1 - e.x0), dir: e.dir })
      if (hits.length < 2) continue
      hits.sort((a, b) => a.x - b.x)
      let winding = 0
      for (let i = 0; i < hits.length - 1; i++) {
        winding += hits[i].dir
        if (winding !== 0) {
          span(row, hits[i].x, hits[i + 1].x, 1 / ROWS)
          any = true
        }
      }
    }
    if (!any) continue
    for (let px = 0; px < img.width; px++) {
      const a = Math.min(1, row[px])
      if (a <= 0) continue
      const o = (py * img.width + px) * 4
      for (let k = 0; k < 3; k++) img.data[o + k] = Math.round(img.data[o + k] * (1 - a) + color[k] * a)
      img.data[o + 3] = Math.max(img.data[o + 3], Math.round(a * 255))
    }
  }
}
