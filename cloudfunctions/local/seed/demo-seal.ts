// The demo city union's seal, drawn in code like the demo pictures (no files in the repository): a red
// ring, a five-pointed star and the union's name on a transparent ground, as a city admin would upload a
// scan of the stamp (honours.setSeal). The same name always gives the same bytes.
import { PNG } from 'pngjs'
import { drawText, textWidth } from '../../src/lib/font/raster'
import { certificateFont } from '../../src/lib/font/source'

const RED = [200, 22, 29] as const
/** Samples per pixel side for the ring's and the star's edges. */
const SS = 4

function star(cx: number, cy: number, outer: number): Array<[number, number]> {
  const inner = outer * 0.382
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number]
  })
}

function inside(poly: Array<[number, number]>, x: number, y: number): boolean {
  let hit = false
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]
    const [xj, yj] = poly[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit
  }
  return hit
}

export function demoSeal(name: string, size = 400): Buffer {
  const png = new PNG({ width: size, height: size })
  // the ground is the ink's colour at zero opacity, so anti-aliased edges do not darken
  for (let i = 0; i < png.data.length; i += 4) png.data.set([RED[0], RED[1], RED[2], 0], i)
  const c = size / 2
  const outer = size * 0.48
  const inner = size * 0.435
  const points = star(c, size * 0.43, size * 0.17)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let n = 0
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const px = x + (sx + 0.5) / SS
          const py = y + (sy + 0.5) / SS
          const d = Math.hypot(px - c, py - c)
          if ((d <= outer && d >= inner) || inside(points, px, py)) n++
        }
      if (n) png.data[(y * size + x) * 4 + 3] = Math.round((n / (SS * SS)) * 255)
    }
  const font = certificateFont()
  const px = size * 0.12
  drawText(png, font, name, c - textWidth(font, name, px) / 2, size * 0.78, px, RED)
  return PNG.sync.write(png)
}
