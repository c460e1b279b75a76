// Pictures for the demo works, drawn in code (no files in the repository, no text in the images): a
// calligraphy scroll, night-shift and morning photographs, a Xiang embroidery of azaleas, a watercolour
// of the river at dawn, a red paper-cut and a wood carving. Each is a PNG of about 600 × 800, as a phone
// would upload it; the same kind and seed always give the same bytes.
import { PNG } from 'pngjs'

type RGB = readonly [number, number, number]

/** Seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const clamp = (v: number, lo = 0, hi = 1) => (v < lo ? lo : v > hi ? hi : v)
const mix = (a: RGB, b: RGB, t: number): RGB => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
const smooth = (e0: number, e1: number, x: number) => {
  const t = clamp((x - e0) / (e1 - e0))
  return t * t * (3 - 2 * t)
}
const hex = (h: string): RGB => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)]
/** Colour stops at positions 0..1. */
function ramp(stops: Array<[number, string]>): (t: number) => RGB {
  const list = stops.map(([at, h]) => [at, hex(h)] as const)
  return (t) => {
    if (t <= list[0][0]) return list[0][1]
    for (let i = 1; i < list.length; i++) {
      if (t <= list[i][0]) return mix(list[i - 1][1], list[i][1], (t - list[i - 1][0]) / (list[i][0] - list[i - 1][0]))
    }
    return list[list.length - 1][1]
  }
}

/** Smooth value noise in [0, 1) on a lattice, and a few octaves of it. */
function noise2(seed: number): (x: number, y: number) => number {
  const hash = (ix: number, iy: number) => {
    let h = Math.imul(ix, 374761393) ^ Math.imul(iy, 668265263) ^ Math.imul(seed, 144665)
    h = Math.imul(h ^ (h >>> 13), 1274126177)
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296
  }
  return (x, y) => {
    const ix = Math.floor(x)
    const iy = Math.floor(y)
    const fx = x - ix
    const fy = y - iy
    const sx = fx * fx * (3 - 2 * fx)
    const sy = fy * fy * (3 - 2 * fy)
    const a = hash(ix, iy)
    const b = hash(ix + 1, iy)
    const c = hash(ix, iy + 1)
    const d = hash(ix + 1, iy + 1)
    return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy
  }
}
function fbm(seed: number, octaves = 3): (x: number, y: number) => number {
  const layers = Array.from({ length: octaves }, (_x, i) => noise2(seed + i * 101))
  return (x, y) => {
    let sum = 0
    let amp = 0.5
    let f = 1
    for (const n of layers) {
      sum += n(x * f, y * f) * amp
      amp *= 0.5
      f *= 2.03
    }
    return sum / (1 - Math.pow(0.5, octaves))
  }
}

/** Signed distance helpers (negative inside). */
const sdCircle = (x: number, y: number, cx: number, cy: number, r: number) => Math.hypot(x - cx, y - cy) - r
const sdBox = (x: number, y: number, cx: number, cy: number, hw: number, hh: number) => {
  const dx = Math.abs(x - cx) - hw
  const dy = Math.abs(y - cy) - hh
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0)
}
function sdSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const px = x - ax
  const py = y - ay
  const vx = bx - ax
  const vy = by - ay
  const h = clamp((px * vx + py * vy) / (vx * vx + vy * vy || 1))
  return Math.hypot(px - vx * h, py - vy * h)
}
/** An ellipse rotated by `angle` (approximate distance, good enough for edges). */
function sdEllipse(x: number, y: number, cx: number, cy: number, rx: number, ry: number, angle: number): number {
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  const dx = x - cx
  const dy = y - cy
  const u = (dx * c + dy * s) / rx
  const v = (-dx * s + dy * c) / ry
  return (Math.hypot(u, v) - 1) * Math.min(rx, ry)
}

class Canvas {
  readonly png: PNG
  readonly data: Buffer

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.png = new PNG({ width, height })
    this.data = this.png.data
  }

  /** Paint every pixel. */
  fill(color: (x: number, y: number) => RGB): void {
    const { width, height, data } = this
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const c = color(x, y)
        const i = (y * width + x) << 2
        data[i] = c[0]
        data[i + 1] = c[1]
        data[i + 2] = c[2]
        data[i + 3] = 255
      }
    }
  }

  /**
   * Paint a shape given by its signed distance, within a box: coverage is anti-aliased over `feather`
   * pixels; `color` may vary across the shape, `alpha` scales the paint.
   */
  shape(
    box: [number, number, number, number],
    sd: (x: number, y: number) => number,
    color: RGB | ((x: number, y: number) => RGB),
    alpha = 1,
    feather = 1.2,
  ): void {
    const { width, height, data } = this
    const x0 = Math.max(0, Math.floor(box[0]))
    const y0 = Math.max(0, Math.floor(box[1]))
    const x1 = Math.min(width - 1, Math.ceil(box[2]))
    const y1 = Math.min(height - 1, Math.ceil(box[3]))
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const d = sd(x + 0.5, y + 0.5)
        if (d > feather) continue
        const a = alpha * clamp(0.5 - d / feather)
        if (a <= 0) continue
        const c = typeof color === 'function' ? color(x, y) : color
        const i = (y * width + x) << 2
        data[i] += (c[0] - data[i]) * a
        data[i + 1] += (c[1] - data[i + 1]) * a
        data[i + 2] += (c[2] - data[i + 2]) * a
      }
    }
  }

  /** A soft light: added, fading from the centre to radius r. */
  glow(cx: number, cy: number, r: number, color: RGB, strength: number): void {
    const { width, height, data } = this
    for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(height - 1, Math.ceil(cy + r)); y++) {
      for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(width - 1, Math.ceil(cx + r)); x++) {
        const t = 1 - Math.hypot(x - cx, y - cy) / r
        if (t <= 0) continue
        const k = strength * t * t
        const i = (y * width + x) << 2
        data[i] = Math.min(255, data[i] + color[0] * k)
        data[i + 1] = Math.min(255, data[i + 1] + color[1] * k)
        data[i + 2] = Math.min(255, data[i + 2] + color[2] * k)
      }
    }
  }

  /** Change every pixel (grain, vignette). */
  adjust(fn: (x: number, y: number, c: [number, number, number]) => void): void {
    const { width, height, data } = this
    const c: [number, number, number] = [0, 0, 0]
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) << 2
        c[0] = data[i]
        c[1] = data[i + 1]
        c[2] = data[i + 2]
        fn(x, y, c)
        data[i] = clamp(c[0], 0, 255)
        data[i + 1] = clamp(c[1], 0, 255)
        data[i + 2] = clamp(c[2], 0, 255)
      }
    }
  }

  /** A brush stroke along a quadratic curve, its width following `widthAt` (0..1 along the stroke). */
  stroke(p0: [number, number], p1: [number, number], p2: [number, number], widthAt: (t: number) => number, color: RGB, alpha: number): void {
    const steps = 24
    let prev = p0
    for (let s = 1; s <= steps; s++) {
      const t = s / steps
      const u = 1 - t
      const p: [number, number] = [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]]
      const w = widthAt(t - 0.5 / steps) / 2
      const a = prev
      this.shape(
        [Math.min(a[0], p[0]) - w - 2, Math.min(a[1], p[1]) - w - 2, Math.max(a[0], p[0]) + w + 2, Math.max(a[1], p[1]) + w + 2],
        (x, y) => sdSegment(x, y, a[0], a[1], p[0], p[1]) - w,
        color,
        alpha,
        1.4,
      )
      prev = p
    }
  }

  encode(): Buffer {
    // Paeth filter only: a fraction of the time of trying every filter, nearly the same size.
    return PNG.sync.write(this.png, { filterType: 4, deflateLevel: 6 })
  }
}

const grain = (c: Canvas, seed: number, amount: number) => {
  const rnd = random(seed)
  c.adjust((_x, _y, px) => {
    const g = (rnd() - 0.5) * amount
    px[0] += g
    px[1] += g
    px[2] += g
  })
}

const vignette = (c: Canvas, strength: number) => {
  const cx = c.width / 2
  const cy = c.height / 2
  const r = Math.hypot(cx, cy)
  c.adjust((x, y, px) => {
    const k = 1 - strength * Math.pow(Math.hypot(x - cx, y - cy) / r, 2.2)
    px[0] *= k
    px[1] *= k
    px[2] *= k
  })
}

// ---------------------------------------------------------------- 书法: a hanging scroll, or a close view

const INK: RGB = [24, 22, 22]

type Pt = [number, number]

/** How a stroke's width runs along it (t 0..1), by kind: 横, 竖, 撇, 点, 钩. */
const PROFILES = {
  h: (t: number) => 1.15 - 0.35 * Math.sin(Math.PI * t) + 0.25 * Math.max(0, t - 0.85) * 6,
  v: (t: number) => 1.15 - 0.2 * t,
  pie: (t: number) => 1.15 - 0.95 * t,
  dot: (t: number) => 0.45 + 0.65 * Math.sin((Math.PI * t) / 1.3),
  hook: (t: number) => 1.05 - 0.85 * t,
}

/**
 * 匠心 ("the craftsman's heart"), stroke by stroke in a 100 × 100 box: each stroke a start, a bend and an
 * end, and how its width runs. Drawn with a brush, as a worker's calligraphy would be.
 */
const JIANG_XIN: Array<Array<{ p: [Pt, Pt, Pt]; kind: keyof typeof PROFILES }>> = [
  [
    {
      p: [
        [12, 17],
        [50, 13],
        [88, 13],
      ],
      kind: 'h',
    },
    {
      p: [
        [15, 17],
        [15, 52],
        [15, 84],
      ],
      kind: 'v',
    },
    {
      p: [
        [15, 85],
        [54, 85],
        [92, 86],
      ],
      kind: 'h',
    },
    {
      p: [
        [72, 24],
        [60, 31],
        [42, 35],
      ],
      kind: 'pie',
    },
    {
      p: [
        [43, 35],
        [44, 62],
        [33, 77],
      ],
      kind: 'pie',
    },
    {
      p: [
        [44, 51],
        [64, 49],
        [84, 48],
      ],
      kind: 'h',
    },
    {
      p: [
        [66, 50],
        [66, 66],
        [66, 80],
      ],
      kind: 'v',
    },
  ],
  [
    {
      p: [
        [15, 55],
        [18, 59],
        [22, 66],
      ],
      kind: 'dot',
    },
    {
      p: [
        [30, 38],
        [34, 88],
        [78, 78],
      ],
      kind: 'v',
    },
    {
      p: [
        [78, 78],
        [74, 72],
        [67, 64],
      ],
      kind: 'hook',
    },
    {
      p: [
        [45, 30],
        [49, 34],
        [54, 42],
      ],
      kind: 'dot',
    },
    {
      p: [
        [70, 40],
        [75, 45],
        [81, 55],
      ],
      kind: 'dot',
    },
  ],
]

/** One of the characters above, `size` px wide, its box's top-left at (x, y). */
function character(c: Canvas, strokes: (typeof JIANG_XIN)[number], x: number, y: number, size: number, ink: (x: number, y: number) => number): void {
  const k = size / 100
  const w = size * 0.085
  const at = (p: Pt): Pt => [x + p[0] * k, y + p[1] * k]
  // ink runs a little thinner towards the end of each stroke, never in stripes
  for (const s of strokes)
    c.stroke(
      at(s.p[0]),
      at(s.p[1]),
      at(s.p[2]),
      (t) => w * PROFILES[s.kind](t),
      [INK[0] + 14 * ink(s.p[0][0], s.p[0][1]), INK[1] + 12 * ink(s.p[0][0], s.p[0][1]), INK[2] + 10 * ink(s.p[0][0], s.p[0][1])],
      1,
    )
}

/** A vermilion seal with carved lines. */
function seal(c: Canvas, cx: number, cy: number, size: number, rnd: () => number): void {
  const red: RGB = [178, 40, 34]
  c.shape([cx - size, cy - size, cx + size, cy + size], (x, y) => sdBox(x, y, cx, cy, size / 2, size / 2) - 1.5, red, 0.92)
  const paper: RGB = [236, 214, 196]
  for (let i = 0; i < 5; i++) {
    const x0 = cx - size * 0.35 + rnd() * size * 0.2
    const y0 = cy - size * 0.35 + i * size * 0.17
    const x1 = cx + size * 0.1 + rnd() * size * 0.25
    c.shape([cx - size, cy - size, cx + size, cy + size], (x, y) => sdSegment(x, y, x0, y0, x1, y0 + (rnd() - 0.5) * 2) - 1.1, paper, 0.85)
  }
  c.shape(
    [cx - size, cy - size, cx + size, cy + size],
    (x, y) => sdSegment(x, y, cx + size * 0.28, cy - size * 0.36, cx + size * 0.28, cy + size * 0.36) - 1.1,
    paper,
    0.85,
  )
}

function calligraphy(seed: number, closeUp: boolean): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const rnd = random(seed)
  const fibre = fbm(seed + 7, 3)
  const tone = noise2(seed + 11)
  const ink = (x: number, y: number) => tone(x * 0.05, y * 0.05)
  const paper = (x: number, y: number): RGB => {
    const f = fibre(x * 0.02, y * 0.05)
    return mix([247, 240, 222], [228, 214, 186], f * 0.7)
  }
  if (closeUp) {
    c.fill(paper)
    character(c, JIANG_XIN[0], 150, 60, 300, ink)
    character(c, JIANG_XIN[1], 150, 380, 300, ink)
    seal(c, 470, 720, 40, rnd)
    vignette(c, 0.25)
    return c.encode()
  }
  const wall = ramp([
    [0, '#d8d0c2'],
    [1, '#bfb4a2'],
  ])
  c.fill((_x, y) => wall(y / H))
  // shadow of the scroll, the mounting (brocade), the paper
  c.shape([130, 70, 480, 770], (x, y) => sdBox(x, y, 308, 412, 152, 340), [90, 80, 70], 0.35, 14)
  const brocade = fbm(seed + 3, 2)
  c.shape(
    [140, 55, 460, 750],
    (x, y) => sdBox(x, y, 300, 402, 150, 338),
    (x, y) => mix([48, 86, 92], [36, 64, 70], brocade(x * 0.08, y * 0.08)),
    1,
  )
  c.shape([165, 140, 435, 670], (x, y) => sdBox(x, y, 300, 405, 128, 262), paper, 1)
  // rollers
  for (const [y, r] of [
    [58, 9],
    [748, 12],
  ] as const) {
    c.shape(
      [120, y - 20, 480, y + 20],
      (x, yy) => sdSegment(x, yy, 138, y, 462, y) - r,
      (_x, yy) => mix([110, 74, 46], [60, 38, 24], clamp((yy - y + r) / (2 * r))),
      1,
    )
    for (const x of [132, 468]) c.shape([x - 20, y - 20, x + 20, y + 20], (xx, yy) => sdCircle(xx, yy, x, y, r + 4), [72, 46, 30], 1)
  }
  // the hanging cord
  c.stroke([215, 58], [300, -10], [385, 58], () => 3, [150, 120, 60], 0.9)
  character(c, JIANG_XIN[0], 205, 175, 190, ink)
  character(c, JIANG_XIN[1], 205, 395, 190, ink)
  seal(c, 398, 640, 20, rnd)
  c.shape([170, 150, 200, 190], (x, y) => sdEllipse(x, y, 186, 170, 8, 13, 0), [178, 40, 34], 0.85)
  grain(c, seed, 5)
  return c.encode()
}

// ---------------------------------------------------------------- 摄影: night shift, dawn, morning light

function nightShift(seed: number, variant: 'plant' | 'line' | 'dawn'): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const rnd = random(seed)
  const horizon = H * (variant === 'dawn' ? 0.6 : 0.56)
  if (variant === 'line') {
    // inside: a production line running away from the camera under rows of lamps
    const vx = W * 0.52
    const vy = H * 0.38
    const bg = ramp([
      [0, '#0c1424'],
      [0.45, '#16243a'],
      [1, '#0a0f18'],
    ])
    c.fill((_x, y) => bg(y / H))
    // floor
    c.shape(
      [0, vy, W, H],
      (_x, y) => (y < vy ? vy - y : -Math.min(y - vy, 40)),
      (_x, y) => mix([22, 34, 48], [40, 52, 66], (y - vy) / (H - vy)),
      1,
      2,
    )
    // conveyor: two bands converging
    for (const side of [-1, 1]) {
      const bottom = vx + side * W * 0.42
      c.shape(
        [0, vy, W, H],
        (x, y) => {
          const t = (y - vy) / (H - vy)
          const edge = vx + (bottom - vx) * t
          return Math.abs(x - edge) - (2 + t * 26)
        },
        (_x, y) => mix([70, 90, 110], [130, 150, 170], (y - vy) / (H - vy)),
        1,
        1.5,
      )
    }
    c.shape(
      [0, vy, W, H],
      (x, y) => {
        const t = (y - vy) / (H - vy)
        return Math.abs(x - vx) - t * W * 0.38
      },
      (_x, y) => mix([30, 46, 58], [58, 78, 92], (y - vy) / (H - vy)),
      0.85,
      2,
    )
    // lamps, smaller towards the vanishing point
    for (let i = 0; i < 9; i++) {
      const t = Math.pow(0.72, i)
      const y = vy - (vy - 40) * t
      for (const side of [-1, 1]) {
        const x = vx + side * W * 0.45 * t
        c.glow(x, y, 90 * t + 8, [255, 230, 170], 0.55)
        c.shape([x - 40, y - 10, x + 40, y + 10], (xx, yy) => sdBox(xx, yy, x, y, 26 * t + 2, 3 * t + 1), [255, 246, 220], 1)
      }
    }
    // status lights and parts on the line
    for (let i = 0; i < 26; i++) {
      const t = rnd()
      const y = vy + (H - vy) * t * t
      const x = vx + (rnd() - 0.5) * W * 0.75 * (0.2 + t)
      const col: RGB = rnd() < 0.5 ? [60, 220, 140] : rnd() < 0.5 ? [80, 170, 255] : [255, 150, 60]
      c.glow(x, y, 10 + t * 34, col, 0.35)
    }
    vignette(c, 0.45)
    grain(c, seed, 8)
    return c.encode()
  }
  const sky =
    variant === 'dawn'
      ? ramp([
          [0, '#27345f'],
          [0.45, '#8a6a8e'],
          [0.78, '#f29f6e'],
          [1, '#ffd9a0'],
        ])
      : ramp([
          [0, '#060b22'],
          [0.6, '#1e1a46'],
          [0.9, '#5a2d55'],
          [1, '#c4663c'],
        ])
  const ground = variant === 'dawn' ? ([40, 36, 48] as RGB) : ([6, 8, 14] as RGB)
  c.fill((_x, y) => (y < horizon ? sky(y / horizon) : mix(ground, [0, 0, 0], ((y - horizon) / (H - horizon)) * 0.5)))
  if (variant === 'dawn') c.glow(W * 0.68, horizon - 30, 220, [255, 200, 120], 0.7)
  if (variant === 'dawn')
    c.shape([W * 0.68 - 50, horizon - 80, W * 0.68 + 50, horizon + 10], (x, y) => sdCircle(x, y, W * 0.68, horizon - 30, 34), [255, 236, 190], 0.95, 3)
  if (variant === 'plant') {
    for (let i = 0; i < 60; i++) {
      const sx = (i * 97.3) % W
      const sy = (i * 53.7) % (horizon * 0.65)
      c.shape([sx - 3, sy - 3, sx + 3, sy + 3], (x, y) => sdCircle(x, y, sx, sy, 0.6), [255, 255, 255], 0.5 + 0.4 * rnd())
    }
  }
  // the plant's silhouette: halls, towers, chimneys
  const silhouette: RGB = variant === 'dawn' ? [34, 30, 44] : [8, 10, 20]
  let x = -10
  const windows: Array<[number, number]> = []
  while (x < W) {
    const w = 50 + rnd() * 90
    const h = 60 + rnd() * 150
    const top = horizon - h
    const left = x
    c.shape([left - 2, top - 2, left + w + 2, horizon + 2], (xx, yy) => sdBox(xx, yy, left + w / 2, top + h / 2, w / 2, h / 2), silhouette, 1, 1)
    if (rnd() < 0.45) {
      const cx = left + w * (0.2 + rnd() * 0.6)
      const ch = 90 + rnd() * 120
      c.shape([cx - 10, top - ch - 2, cx + 10, top + 2], (xx, yy) => sdBox(xx, yy, cx, top - ch / 2, 6, ch / 2), silhouette, 1)
      if (variant === 'dawn') for (let k = 0; k < 7; k++) c.glow(cx + k * 14 + rnd() * 10, top - ch - 14 - k * 22, 26 + k * 6, [255, 235, 225], 0.16)
      else c.glow(cx, top - ch - 4, 14, [255, 60, 50], 0.9)
    }
    for (let wy = top + 14; wy < horizon - 14; wy += 22) for (let wx = left + 10; wx < left + w - 12; wx += 18) if (rnd() < 0.55) windows.push([wx, wy])
    x += w + rnd() * 12
  }
  const lit: RGB = variant === 'dawn' ? [255, 214, 150] : [255, 206, 120]
  for (const [wx, wy] of windows) {
    const a = variant === 'dawn' ? 0.35 + rnd() * 0.3 : 0.6 + rnd() * 0.4
    c.shape([wx - 1, wy - 1, wx + 9, wy + 8], (xx, yy) => sdBox(xx, yy, wx + 4, wy + 3.5, 4, 3), lit, a)
  }
  // lights along the road in front, blurred
  for (let i = 0; i < 18; i++) {
    const t = i / 17
    const bx = W * (0.05 + 0.9 * t) + (rnd() - 0.5) * 30
    const by = horizon + 40 + Math.pow(t, 1.4) * (H - horizon - 80) * (0.4 + rnd() * 0.6)
    const col: RGB = rnd() < 0.6 ? [255, 170, 70] : [120, 200, 255]
    c.glow(bx, by, 20 + rnd() * 46, col, variant === 'dawn' ? 0.2 : 0.45)
  }
  vignette(c, 0.35)
  grain(c, seed, variant === 'dawn' ? 5 : 9)
  return c.encode()
}

function morningLight(seed: number): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const rnd = random(seed)
  const bg = ramp([
    [0, '#2a2420'],
    [0.7, '#3a302a'],
    [1, '#1c1815'],
  ])
  c.fill((_x, y) => bg(y / H))
  // skylights at the top and beams falling from them
  for (let i = 0; i < 4; i++) {
    const sx = 40 + i * 150
    c.shape([sx - 5, 0, sx + 95, 40], (x, y) => sdBox(x, y, sx + 45, 16, 45, 10), [255, 236, 200], 0.95)
    const dx = 0.55
    c.shape(
      [0, 0, W, H],
      (x, y) => {
        const center = sx + 45 + y * dx
        const half = 38 + y * 0.1
        return Math.abs(x - center) - half
      },
      (_x, y) => mix([255, 214, 150], [200, 150, 100], y / H),
      0.2,
      30,
    )
  }
  // machine silhouettes at the bottom with light on their edges
  for (let i = 0; i < 4; i++) {
    const mx = 20 + i * 150 + rnd() * 20
    const mw = 110 + rnd() * 20
    const mh = 150 + rnd() * 90
    const top = H - mh - 40
    c.shape(
      [mx - 2, top - 2, mx + mw + 2, H],
      (x, y) => sdBox(x, y, mx + mw / 2, top + (H - top) / 2, mw / 2, (H - top) / 2) - 4,
      (x, y) => mix([58, 54, 52], [30, 28, 28], clamp((y - top) / 200 + ((x - mx) / mw) * 0.3)),
      1,
    )
    c.shape([mx - 2, top - 4, mx + mw + 2, top + 6], (x, y) => sdBox(x, y, mx + mw / 2, top + 1, mw / 2 - 4, 1.5), [255, 210, 150], 0.8)
    c.glow(mx + mw * 0.8, top + 30, 12, [120, 255, 160], 0.7)
  }
  // dust in the light
  for (let i = 0; i < 70; i++) c.glow(rnd() * W, rnd() * H * 0.75, 2 + rnd() * 4, [255, 230, 190], 0.6)
  vignette(c, 0.4)
  grain(c, seed, 7)
  return c.encode()
}

// ---------------------------------------------------------------- 湘绣: azaleas in a hoop, or one flower close

function azalea(c: Canvas, cx: number, cy: number, r: number, turn: number, shade: number): void {
  const petal = (x: number, y: number) => {
    const a = Math.atan2(y - cy, x - cx) - turn
    const k = Math.abs(Math.cos((5 * a) / 2))
    return Math.hypot(x - cx, y - cy) - r * (0.5 + 0.5 * Math.pow(k, 0.6))
  }
  const deep: RGB = mix([150, 14, 44], [120, 10, 60], shade)
  const bright: RGB = mix([238, 70, 96], [246, 120, 150], shade)
  c.shape([cx - r - 2, cy - r - 2, cx + r + 2, cy + r + 2], petal, (x, y) => {
    const d = Math.hypot(x - cx, y - cy) / r
    const a = Math.atan2(y - cy, x - cx)
    // satin stitches running out from the centre
    const thread = 0.85 + 0.15 * Math.sin(a * 90 + d * 6)
    const base = mix(deep, bright, clamp(d * 1.3))
    return [base[0] * thread, base[1] * thread, base[2] * thread]
  })
  for (let i = 0; i < 7; i++) {
    const a = turn + (i / 7) * Math.PI * 2 + 0.3
    const ex = cx + Math.cos(a) * r * 0.55
    const ey = cy + Math.sin(a) * r * 0.55
    c.stroke([cx, cy], [(cx + ex) / 2, (cy + ey) / 2 - 3], [ex, ey], () => 1.6, [250, 222, 140], 0.9)
    c.shape([ex - 5, ey - 5, ex + 5, ey + 5], (x, y) => sdCircle(x, y, ex, ey, 2.6), [255, 214, 90], 1)
  }
}

function leaf(c: Canvas, cx: number, cy: number, len: number, angle: number): void {
  const rx = len / 2
  const ry = len / 5.5
  const along = (x: number, y: number) => (x - cx) * Math.cos(angle) + (y - cy) * Math.sin(angle)
  c.shape(
    [cx - rx - 2, cy - rx - 2, cx + rx + 2, cy + rx + 2],
    (x, y) => sdEllipse(x, y, cx, cy, rx, ry, angle),
    (x, y) => {
      const t = along(x, y) / rx
      const thread = 0.86 + 0.14 * Math.sin((x + y) * 0.9)
      const base = mix([40, 110, 60], [92, 160, 84], (t + 1) / 2)
      return [base[0] * thread, base[1] * thread, base[2] * thread]
    },
  )
  const ax = cx - Math.cos(angle) * rx * 0.9
  const ay = cy - Math.sin(angle) * rx * 0.9
  const bx = cx + Math.cos(angle) * rx * 0.9
  const by = cy + Math.sin(angle) * rx * 0.9
  c.stroke([ax, ay], [cx, cy], [bx, by], () => 1.4, [200, 230, 170], 0.8)
}

function embroidery(seed: number, closeUp: boolean): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const rnd = random(seed)
  const silk = (x: number, y: number): RGB => {
    const weave = 0.97 + 0.03 * Math.sin(x * 1.7) * Math.sin(y * 1.7)
    const g = mix([246, 240, 226], [234, 226, 206], y / H)
    return [g[0] * weave, g[1] * weave, g[2] * weave]
  }
  if (closeUp) {
    c.fill(silk)
    c.stroke([80, 780], [200, 520], [260, 420], (t) => 16 - 8 * t, [104, 70, 48], 1)
    leaf(c, 150, 560, 190, -0.9)
    leaf(c, 420, 600, 200, -2.4)
    leaf(c, 470, 260, 150, -0.3)
    azalea(c, 300, 380, 200, 0.2, 0.2)
    azalea(c, 470, 640, 90, 1.1, 0.7)
    vignette(c, 0.2)
    return c.encode()
  }
  // a dark table, the round frame, the silk stretched in it
  c.fill((x, y) => mix([70, 44, 36], [46, 28, 24], clamp(Math.hypot(x - W / 2, y - H / 2) / 500)))
  const cx = W / 2
  const cy = H / 2
  const R = 262
  c.shape([cx - R - 30, cy - R - 30, cx + R + 40, cy + R + 40], (x, y) => sdCircle(x, y, cx + 8, cy + 12, R + 18), [20, 12, 10], 0.5, 18)
  c.shape([cx - R, cy - R, cx + R, cy + R], (x, y) => sdCircle(x, y, cx, cy, R), silk)
  const flowers: Array<[number, number, number]> = [
    [cx - 70, cy - 80, 92],
    [cx + 90, cy - 10, 78],
    [cx - 20, cy + 110, 70],
    [cx + 120, cy - 150, 52],
    [cx - 150, cy + 40, 48],
  ]
  c.stroke([cx - 200, cy + 200], [cx - 60, cy + 40], [cx + 40, cy - 30], (t) => 9 - 4 * t, [104, 70, 48], 1)
  c.stroke([cx - 60, cy + 40], [cx + 40, cy + 100], [cx + 150, cy + 90], (t) => 6 - 3 * t, [104, 70, 48], 1)
  for (let i = 0; i < 9; i++) leaf(c, cx - 180 + rnd() * 340, cy - 150 + rnd() * 320, 70 + rnd() * 50, rnd() * Math.PI)
  for (const [fx, fy, fr] of flowers) azalea(c, fx, fy, fr, rnd() * 2, rnd())
  // the wooden hoop and its screw
  c.shape(
    [cx - R - 22, cy - R - 22, cx + R + 22, cy + R + 22],
    (x, y) => Math.abs(sdCircle(x, y, cx, cy, R + 6)) - 11,
    (x, y) => {
      const a = Math.atan2(y - cy, x - cx)
      return mix([214, 170, 112], [150, 104, 60], 0.5 + 0.5 * Math.sin(a - 0.8))
    },
  )
  c.shape([cx - 30, cy - R - 60, cx + 30, cy - R], (x, y) => sdBox(x, y, cx, cy - R - 26, 14, 22) - 3, [170, 150, 120], 1)
  c.shape([cx - 30, cy - R - 70, cx + 30, cy - R - 30], (x, y) => sdCircle(x, y, cx, cy - R - 50, 11), [200, 184, 150], 1)
  grain(c, seed, 4)
  return c.encode()
}

// ---------------------------------------------------------------- 绘画: a watercolour of the river at dawn

function watercolour(seed: number): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const wash = fbm(seed, 3)
  const sky = ramp([
    [0, '#9cc3d8'],
    [0.5, '#dfe6d6'],
    [1, '#f8e3b6'],
  ])
  const horizon = H * 0.58
  c.fill((x, y) => {
    const n = wash(x * 0.006, y * 0.01)
    if (y < horizon) return mix(sky(y / horizon), [255, 250, 240], (n - 0.5) * 0.5)
    const t = (y - horizon) / (H - horizon)
    const water = mix([222, 214, 188], [120, 160, 176], Math.pow(t, 0.7))
    const ripple = 0.06 * Math.sin(y * 0.5 + Math.sin(x * 0.03) * 3)
    return mix(water, [255, 255, 255], ripple + (n - 0.5) * 0.3)
  })
  c.glow(W * 0.62, horizon - 120, 160, [255, 210, 140], 0.55)
  c.shape([W * 0.62 - 60, horizon - 180, W * 0.62 + 60, horizon - 60], (x, y) => sdCircle(x, y, W * 0.62, horizon - 120, 42), [255, 236, 200], 0.9, 5)
  // the sun's path on the water
  for (let i = 0; i < 26; i++) {
    const y = horizon + 10 + i * 12
    const half = 10 + i * 2.2
    c.shape(
      [W * 0.62 - half - 10, y - 4, W * 0.62 + half + 10, y + 4],
      (x, yy) => sdBox(x, yy, W * 0.62 + Math.sin(i) * 6, y, half * (0.5 + 0.5 * Math.abs(Math.sin(i * 1.7))), 1.6),
      [255, 232, 180],
      0.55,
      2.5,
    )
  }
  // three ranges of hills, the far ones paler, with soft wet edges
  const ranges: Array<{ base: number; amp: number; col: RGB; freq: number }> = [
    { base: horizon - 90, amp: 55, col: [150, 176, 186], freq: 0.011 },
    { base: horizon - 45, amp: 45, col: [96, 134, 138], freq: 0.016 },
    { base: horizon - 8, amp: 30, col: [58, 96, 90], freq: 0.024 },
  ]
  ranges.forEach((r, k) => {
    const ridge = (x: number) =>
      r.base - r.amp * (0.6 * Math.sin(x * r.freq + k * 2.1) + 0.4 * Math.sin(x * r.freq * 2.3 + k)) - r.amp * 0.6 * wash(x * 0.01, k * 3)
    c.shape(
      [0, r.base - r.amp * 2.5, W, horizon + 2],
      (x, y) => (y < horizon ? ridge(x) - y : y - horizon),
      (x, y) => mix(r.col, [255, 255, 255], (wash(x * 0.02, y * 0.02) - 0.5) * 0.35),
      0.92,
      4,
    )
  })
  // a boat and its reflection
  const bx = W * 0.3
  const by = horizon + 95
  c.shape([bx - 70, by - 20, bx + 70, by + 14], (x, y) => Math.max(sdBox(x, y, bx, by, 58 - (y - by + 8) * 0.9, 8), -(y - by + 10)), [48, 44, 50], 0.85)
  c.stroke([bx + 10, by - 8], [bx + 14, by - 40], [bx + 18, by - 62], () => 2.5, [48, 44, 50], 0.85)
  c.shape([bx - 60, by + 6, bx + 60, by + 40], (x, y) => sdBox(x, y, bx, by + 18, 50, 6), [70, 90, 110], 0.25, 6)
  // paper texture and a painted edge
  const paper = noise2(seed + 5)
  c.adjust((x, y, px) => {
    const t = 0.96 + 0.04 * paper(x * 0.5, y * 0.5)
    px[0] *= t
    px[1] *= t
    px[2] *= t
    const edge = Math.min(x, y, W - 1 - x, H - 1 - y)
    if (edge < 26) {
      const k = smooth(0, 26, edge + wash(x * 0.05, y * 0.05) * 14 - 7)
      px[0] = px[0] * k + 250 * (1 - k)
      px[1] = px[1] * k + 246 * (1 - k)
      px[2] = px[2] * k + 236 * (1 - k)
    }
  })
  return c.encode()
}

// ---------------------------------------------------------------- 其他: a red paper-cut, a gear ringed with wheat

function paperCutShape(cx: number, cy: number, R: number): (x: number, y: number) => number {
  const grains: Array<[number, number, number]> = []
  for (const side of [-1, 1]) {
    for (let i = 0; i < 11; i++) {
      const a = Math.PI / 2 + side * (0.35 + i * 0.23)
      grains.push([cx + Math.cos(a) * R * 0.86, cy + Math.sin(a) * R * 0.86, a + Math.PI / 2 + side * 0.35])
    }
  }
  const holeStep = (Math.PI * 2) / 8
  return (x, y) => {
    const dx = x - cx
    const dy = y - cy
    const d = Math.hypot(dx, dy)
    // nothing reaches beyond the grains' outer edge: a bound is enough out there
    if (d > R * 1.02) return d - R * 0.98
    const a = Math.atan2(dy, dx)
    // gear: teeth as a softened square wave on the radius
    const teeth = 0.5 + 0.5 * Math.tanh(Math.sin(a * 12) * 4)
    let s = d - R * (0.5 + 0.07 * teeth)
    if (d < R * 0.45) {
      // holes in the gear: a ring of round ones (one per sector) and a star in the middle
      const ha = Math.round((a - Math.PI / 8) / holeStep) * holeStep + Math.PI / 8
      s = Math.max(s, -(Math.hypot(x - (cx + Math.cos(ha) * R * 0.33), y - (cy + Math.sin(ha) * R * 0.33)) - R * 0.065))
      const star = d - R * (0.13 + 0.07 * Math.cos(a * 5 + Math.PI / 2))
      s = Math.max(s, -star)
      s = Math.min(s, d - R * 0.05)
    }
    // the wheat ring: two stalks of grains and their stems
    if (Math.abs(d - R * 0.86) < R * 0.16) for (const [gx, gy, ga] of grains) s = Math.min(s, sdEllipse(x, y, gx, gy, R * 0.1, R * 0.042, ga))
    s = Math.min(s, Math.abs(d - R * 0.74) - R * 0.012 + (dy < R * 0.2 && Math.abs(dx) < R * 0.25 ? 1e3 : 0))
    // a ribbon knot at the bottom
    s = Math.min(s, sdEllipse(x, y, cx - R * 0.1, cy + R * 0.8, R * 0.11, R * 0.05, 0.5), sdEllipse(x, y, cx + R * 0.1, cy + R * 0.8, R * 0.11, R * 0.05, -0.5))
    return s
  }
}

function paperCut(seed: number, onWindow: boolean): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const rnd = random(seed)
  const red: RGB = [200, 22, 40]
  const texture = noise2(seed)
  const redAt = (x: number, y: number): RGB => mix(red, [170, 14, 32], texture(x * 0.3, y * 0.3) * 0.5)
  if (onWindow) {
    // a window at dusk: glass, lattice, the paper-cut stuck in the middle
    const glass = ramp([
      [0, '#5a7fa6'],
      [1, '#d8c2a4'],
    ])
    c.fill((x, y) => mix(glass(y / H), [255, 255, 255], 0.08 * Math.sin(x * 0.01 + y * 0.004)))
    c.glow(W * 0.75, H * 0.2, 260, [255, 220, 180], 0.25)
    const shape = paperCutShape(W / 2, H / 2 - 10, 190)
    c.shape([W / 2 - 200, H / 2 - 210, W / 2 + 200, H / 2 + 190], shape, redAt, 1, 1.4)
    const wood: RGB = [96, 60, 38]
    for (const x of [0, W / 2, W]) c.shape([x - 22, 0, x + 22, H], (xx, yy) => sdBox(xx, yy, x, H / 2, x === W / 2 ? 6 : 22, H), wood, 1)
    for (const y of [0, H]) c.shape([0, y - 26, W, y + 26], (xx, yy) => sdBox(xx, yy, W / 2, y, W, 26), wood, 1)
    // the central bar runs behind the paper: draw the paper over it again
    c.shape([W / 2 - 200, H / 2 - 210, W / 2 + 200, H / 2 + 190], shape, redAt, 1, 1.4)
    grain(c, seed, 5)
    return c.encode()
  }
  c.fill((x, y) => mix([244, 238, 228], [226, 218, 204], clamp(Math.hypot(x - W / 2, y - H / 2) / 520)))
  const shape = paperCutShape(W / 2, H / 2, 250)
  // a little shadow under the paper, then the paper
  c.shape([W / 2 - 270, H / 2 - 260, W / 2 + 280, H / 2 + 280], (x, y) => shape(x - 6, y - 8), [90, 60, 50], 0.28, 6)
  c.shape([W / 2 - 262, H / 2 - 262, W / 2 + 262, H / 2 + 262], shape, redAt, 1, 1.3)
  for (let i = 0; i < 4; i++) {
    const x = 70 + rnd() * 40 + (i % 2) * (W - 180)
    const y = 80 + Math.floor(i / 2) * (H - 160)
    c.shape([x - 30, y - 30, x + 30, y + 30], (xx, yy) => Math.max(sdCircle(xx, yy, x, y, 22), -sdCircle(xx, yy, x, y, 13)), redAt, 0.9)
  }
  grain(c, seed, 4)
  return c.encode()
}

// ---------------------------------------------------------------- 雕刻: a carved medallion in wood

function carving(seed: number, closeUp: boolean): Buffer {
  const W = 600
  const H = 800
  const c = new Canvas(W, H)
  const warp = fbm(seed, 3)
  const fibre = noise2(seed + 9)
  const woodAt = (x: number, y: number): RGB => {
    // long grain running down the board, gently wavering, with fine fibres
    const rings = 0.5 + 0.5 * Math.sin((x * 0.018 + warp(x * 0.003, y * 0.0025) * 2.2) * Math.PI * 2)
    const f = fibre(x * 0.6, y * 0.03)
    return mix(mix([214, 166, 112], [176, 124, 76], rings * 0.7), [120, 80, 46], f * 0.18)
  }
  const scale = closeUp ? 1.6 : 1
  const cx = W / 2 + (closeUp ? 80 : 0)
  const cy = H / 2 + (closeUp ? 70 : 0)
  const R = 230 * scale
  const leafStep = (Math.PI * 2) / 14
  // Distance to what stands up from the carved-out floor: a gear with a hub, a ring of leaves, the rim.
  const raised = (x: number, y: number): number => {
    const dx = x - cx
    const dy = y - cy
    const d = Math.hypot(dx, dy)
    const a = Math.atan2(dy, dx)
    if (d > R) return -(d - R)
    const rim = R * 0.93 - d
    const teeth = 0.5 + 0.5 * Math.tanh(Math.sin(a * 10) * 3)
    let gear = d - R * (0.4 + 0.07 * teeth)
    gear = Math.max(gear, -(Math.abs(d - R * 0.13) - R * 0.045))
    gear = Math.max(gear, -(d - R * 0.06))
    const la = ((((a + leafStep / 2) % leafStep) + leafStep) % leafStep) - leafStep / 2
    const lx = d * Math.cos(la) - R * 0.7
    const ly = d * Math.sin(la)
    const leafD = (Math.hypot(lx / (R * 0.12), ly / (R * 0.055)) - 1) * R * 0.055
    return Math.min(gear, leafD, rim)
  }
  const height = (x: number, y: number) => 1 - smooth(-3.5, 3.5, raised(x, y))
  c.fill((x, y) => {
    const base = woodAt(x, y)
    if (Math.hypot(x - cx, y - cy) > R + 4) return base
    const h = height(x, y)
    const hx = height(x + 1.5, y) - h
    const hy = height(x, y + 1.5) - h
    // light from the upper left: slopes facing it are bright, the floor is in shade
    const light = clamp(0.66 + 0.34 * h + (-hx - hy) * 1.6, 0.38, 1.3)
    const floor = mix(base, [96, 62, 36], (1 - h) * 0.35)
    return [clamp(floor[0] * light, 0, 255), clamp(floor[1] * light, 0, 255), clamp(floor[2] * light, 0, 255)]
  })
  vignette(c, closeUp ? 0.3 : 0.4)
  grain(c, seed, 5)
  return c.encode()
}

export type PictureKind =
  | 'calligraphy-scroll'
  | 'calligraphy-detail'
  | 'night-plant'
  | 'night-line'
  | 'dawn-plant'
  | 'morning-light'
  | 'embroidery-hoop'
  | 'embroidery-detail'
  | 'watercolour'
  | 'paper-cut'
  | 'paper-cut-window'
  | 'carving'
  | 'carving-detail'

/** One picture as PNG bytes. */
export function picture(kind: PictureKind, seed: number): Buffer {
  switch (kind) {
    case 'calligraphy-scroll':
      return calligraphy(seed, false)
    case 'calligraphy-detail':
      return calligraphy(seed, true)
    case 'night-plant':
      return nightShift(seed, 'plant')
    case 'night-line':
      return nightShift(seed, 'line')
    case 'dawn-plant':
      return nightShift(seed, 'dawn')
    case 'morning-light':
      return morningLight(seed)
    case 'embroidery-hoop':
      return embroidery(seed, false)
    case 'embroidery-detail':
      return embroidery(seed, true)
    case 'watercolour':
      return watercolour(seed)
    case 'paper-cut':
      return paperCut(seed, false)
    case 'paper-cut-window':
      return paperCut(seed, true)
    case 'carving':
      return carving(seed, false)
    case 'carving-detail':
      return carving(seed, true)
  }
}
