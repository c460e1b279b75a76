// A reader of TrueType outlines (a .ttf, or one face of a .ttc collection), enough to draw text on the
// server without native libraries: the character map (cmap formats 4 and 12), the advance widths (hmtx)
// and the quadratic glyph outlines (glyf/loca, simple and composite glyphs). Tables are read lazily from
// the file's bytes, so opening the 5 MB CJK font costs a few milliseconds; each glyph is parsed on first
// use and kept. The format: https://learn.microsoft.com/en-us/typography/opentype/spec/ (cmap, glyf, loca,
// head, hhea, hmtx, "TrueType Collections").

/** A point of a glyph's contour in font units; off-curve points are quadratic control points. */
export interface GlyphPoint {
  x: number
  y: number
  onCurve: boolean
}

export interface Glyph {
  contours: GlyphPoint[][]
  advance: number
}

export interface Font {
  unitsPerEm: number
  ascender: number
  descender: number
  /** The glyph index of a code point; 0 (.notdef) when the font has none. */
  glyphIndex(codePoint: number): number
  glyph(index: number): Glyph
}

const tag = (b: Buffer, o: number) => b.toString('latin1', o, o + 4)

function tablesOf(b: Buffer, offset: number): Map<string, { offset: number; length: number }> {
  const count = b.readUInt16BE(offset + 4)
  const tables = new Map<string, { offset: number; length: number }>()
  for (let i = 0; i < count; i++) {
    const r = offset + 12 + i * 16
    tables.set(tag(b, r), { offset: b.readUInt32BE(r + 8), length: b.readUInt32BE(r + 12) })
  }
  return tables
}

/** The character map: the Unicode subtable of format 12 (full range) if present, else format 4 (BMP). */
function cmapOf(b: Buffer, at: number): (cp: number) => number {
  const n = b.readUInt16BE(at + 2)
  let best: { format: number; offset: number } | null = null
  for (let i = 0; i < n; i++) {
    const r = at + 4 + i * 8
    const platform = b.readUInt16BE(r)
    const encoding = b.readUInt16BE(r + 2)
    const offset = at + b.readUInt32BE(r + 4)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    const format = b.readUInt16BE(offset)
    if (format === 12 || (format === 4 && !best)) best = { format, offset }
  }
  if (!best) throw new Error('font has no Unicode character map')
  const o = best.offset
  if (best.format === 12) {
    const groups = b.readUInt32BE(o + 12)
    return (cp) => {
      let lo = 0
      let hi = groups - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const g = o + 16 + mid * 12
        const start = b.readUInt32BE(g)
        const end = b.readUInt32BE(g + 4)
        if (cp < start) hi = mid - 1
        else if (cp > end) lo = mid + 1
        else return b.readUInt32BE(g + 8) + (cp - start)
      }
      return 0
    }
  }
  const segX2 = b.readUInt16BE(o + 6)
  const ends = o + 14
  const starts = ends + segX2 + 2
  const deltas = starts + segX2
  const rangeOffsets = deltas + segX2
  return (cp) => {
    if (cp > 0xffff) return 0
    for (let s = 0; s < segX2; s += 2) {
      if (cp > b.readUInt16BE(ends + s)) continue
      const start = b.readUInt16BE(starts + s)
      if (cp < start) return 0
      const delta = b.readInt16BE(deltas + s)
      const ro = b.readUInt16BE(rangeOffsets + s)
      if (ro === 0) return (cp + delta) & 0xffff
      const g = b.readUInt16BE(rangeOffsets + s + ro + (cp - start) * 2)
      return g === 0 ? 0 : (g + delta) & 0xffff
    }
    return 0
  }
}

/** Open face `face` of a .ttc (or the only face of a .ttf) held in `bytes`. */
export function openFont(bytes: Buffer, face = 0): Font {
  let offset = 0
  if (tag(bytes, 0) === 'ttcf') {
    const faces = bytes.readUInt32BE(8)
    if (face >= faces) throw new Error(`font collection has ${faces} faces`)
    offset = bytes.readUInt32BE(12 + face * 4)
  }
  const tables = tablesOf(bytes, offset)
  const need = (name: string) => {
    const t = tables.get(name)
    if (!t) throw new Error(`font has no ${name} table (only TrueType outlines are read)`)
    return t.offset
  }
  const head = need('head')
  const hhea = need('hhea')
  const hmtx = need('hmtx')
  const loca = need('loca')
  const glyf = need('glyf')
  const numGlyphs = bytes.readUInt16BE(need('maxp') + 4)
  const longLoca = bytes.readInt16BE(head + 50) === 1
  const numMetrics = bytes.readUInt16BE(hhea + 34)
  const lookup = cmapOf(bytes, need('cmap'))

  const locaAt = (i: number) => (longLoca ? bytes.readUInt32BE(loca + i * 4) : bytes.readUInt16BE(loca + i * 2) * 2)
  const advanceOf = (i: number) => bytes.readUInt16BE(hmtx + Math.min(i, numMetrics - 1) * 4)
  const cache = new Map<number, Glyph>()

  function contoursOf(index: number, depth: number): GlyphPoint[][] {
    if (index >= numGlyphs || depth > 8) return []
    const start = glyf + locaAt(index)
    if (locaAt(index + 1) === locaAt(index)) return [] // an empty glyph (a space)
    const n = bytes.readInt16BE(start)
    return n >= 0 ? simple(start, n) : composite(start, depth)
  }

  function simple(start: number, n: number): GlyphPoint[][] {
    const endPts: number[] = []
    for (let i = 0; i < n; i++) endPts.push(bytes.readUInt16BE(start + 10 + i * 2))
    const total = n ? endPts[n - 1] + 1 : 0
    let p = start + 10 + n * 2
    p += 2 + bytes.readUInt16BE(p) // instructions are not run: no hinting at certificate sizes
    const flags: number[] = []
    while (flags.length < total) {
      const f = bytes[p++]
      flags.push(f)
      if (f & 8) for (let r = bytes[p++]; r > 0; r--) flags.push(f)
    }
    const coord = (short: number, same: number) => {
      const out: number[] = []
      let v = 0
      for (const f of flags) {
        if (f & short) v += f & same ? bytes[p++] : -bytes[p++]
        else if (!(f & same)) {
          v += bytes.readInt16BE(p)
          p += 2
        }
        out.push(v)
      }
      return out
    }
    const xs = coord(2, 16)
    const ys = coord(4, 32)
    const contours: GlyphPoint[][] = []
    let from = 0
    for (const end of endPts) {
      const c: GlyphPoint[] = []
      for (let i = from; i <= end; i++) c.push({ x: xs[i], y: ys[i], onCurve: (flags[i] & 1) === 1 })
      contours.push(c)
      from = end + 1
    }
    return contours
  }

  function composite(start: number, depth: number): GlyphPoint[][] {
    const out: GlyphPoint[][] = []
    let p = start + 10
    for (;;) {
      const flags = bytes.readUInt16BE(p)
      const index = bytes.readUInt16BE(p + 2)
      p += 4
      let dx = 0
      let dy = 0
      if (flags & 1) {
        dx = bytes.readInt16BE(p)
        dy = bytes.readInt16BE(p + 2)
        p += 4
      } else {
        dx = bytes.readInt8(p)
        dy = bytes.readInt8(p + 1)
        p += 2
      }
      let [a, b, c, d] = [1, 0, 0, 1]
      const f2 = (o: number) => bytes.readInt16BE(o) / 16384
      if (flags & 8) {
        a = d = f2(p)
        p += 2
      } else if (flags & 0x40) {
        a = f2(p)
        d = f2(p + 2)
        p += 4
      } else if (flags & 0x80) {
        ;[a, b, c, d] = [f2(p), f2(p + 2), f2(p + 4), f2(p + 6)]
        p += 8
      }
      // Offsets given as point numbers (ARGS_ARE_XY_VALUES clear) are not used by the fonts we ship.
      if (!(flags & 2)) dx = dy = 0
      for (const contour of contoursOf(index, depth + 1))
        out.push(contour.map((q) => ({ x: a * q.x + c * q.y + dx, y: b * q.x + d * q.y + dy, onCurve: q.onCurve })))
      if (!(flags & 0x20)) break
    }
    return out
  }

  return {
    unitsPerEm: bytes.readUInt16BE(head + 18),
    ascender: bytes.readInt16BE(hhea + 4),
    descender: bytes.readInt16BE(hhea + 6),
    glyphIndex: lookup,
    glyph(index) {
      let g = cache.get(index)
      if (!g) {
        g = { contours: contoursOf(index, 0), advance: advanceOf(index) }
        cache.set(index, g)
      }
      return g
    },
  }
}
