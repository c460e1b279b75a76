#!/usr/bin/env node
// Draws the tab bar icons (81 × 81 PNG, WeChat's recommended size) into
// miniprogram/src/assets/tabbar/: a grey outline for the idle tab and a filled red one for the
// selected tab. Drawn from geometry rather than shipped as binary art, so a colour or shape change is
// a one-line edit: `node scripts/draw-tabbar-icons.mjs`.
// https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#tabBar
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'

const SIZE = 81
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'miniprogram', 'src', 'assets', 'tabbar')
// The idle grey keeps ≥ 4.5:1 on white for older eyes; the red is the campaign's $zg-color-primary.
const GREY = [0x6b, 0x62, 0x5b]
const RED = [0xc8, 0x16, 0x1d]
const STROKE = 5.5

const distToSegment = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

const insidePolygon = (px, py, poly) => {
  let inside = false
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]
    const [xj, yj] = poly[j]
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const nearOutline = (px, py, poly) => poly.some((a, i) => distToSegment(px, py, a, poly[(i + 1) % poly.length]) <= STROKE / 2)
const inRect = (px, py, [x0, y0, x1, y1]) => px >= x0 && px <= x1 && py >= y0 && py <= y1

// 首页: a house with a door.
const HOUSE = [
  [40.5, 11],
  [71, 38],
  [64, 38],
  [64, 69],
  [17, 69],
  [17, 38],
  [10, 38],
]
const DOOR = [34, 48, 47, 69]
const home = {
  outline: (x, y) => nearOutline(x, y, HOUSE) || inRect(x, y, DOOR),
  filled: (x, y) => (insidePolygon(x, y, HOUSE) || nearOutline(x, y, HOUSE)) && !inRect(x, y, [DOOR[0], DOOR[1], DOOR[2], DOOR[3] + 5]),
}

// 我的: a head and shoulders.
const HEAD = { cx: 40.5, cy: 27, r: 14 }
const BODY = { cx: 40.5, cy: 72, rx: 27, ry: 25 }
const inEllipse = (x, y, e, grow = 0) => ((x - e.cx) / (e.rx + grow)) ** 2 + ((y - e.cy) / (e.ry + grow)) ** 2 <= 1
const me = {
  outline: (x, y) => {
    const head = Math.abs(Math.hypot(x - HEAD.cx, y - HEAD.cy) - HEAD.r) <= STROKE / 2
    const shoulders = y <= 70 + STROKE / 2 && inEllipse(x, y, BODY, STROKE / 2) && !(y < 70 - STROKE / 2 && inEllipse(x, y, BODY, -STROKE / 2))
    return head || shoulders
  },
  // A thin gap keeps the head apart from the shoulders, as in the outline.
  filled: (x, y) => {
    const d = Math.hypot(x - HEAD.cx, y - HEAD.cy)
    return d <= HEAD.r + STROKE / 2 || (d > HEAD.r + STROKE / 2 + 3 && y <= 70 + STROKE / 2 && inEllipse(x, y, BODY, STROKE / 2))
  },
}

/** 4 × 4 samples per pixel: smooth edges without a graphics library. */
function draw(shape, [r, g, b]) {
  const png = new PNG({ width: SIZE, height: SIZE })
  const n = 4
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) if (shape(x + (sx + 0.5) / n, y + (sy + 0.5) / n)) hits++
      const i = (y * SIZE + x) * 4
      png.data[i] = r
      png.data[i + 1] = g
      png.data[i + 2] = b
      png.data[i + 3] = Math.round((hits / (n * n)) * 255)
    }
  }
  return PNG.sync.write(png)
}

fs.mkdirSync(OUT, { recursive: true })
const icons = { home, me }
for (const [name, shape] of Object.entries(icons)) {
  fs.writeFileSync(path.join(OUT, `${name}.png`), draw(shape.outline, GREY))
  fs.writeFileSync(path.join(OUT, `${name}-active.png`), draw(shape.filled, RED))
}
console.log(`tab bar icons written to ${path.relative(process.cwd(), OUT)}`)
