// ES syntax level of every built .js file, parsed with acorn.
//
// Why ES5: the code runs on WeChat's JS engines on old phones (iOS 10–12 JavaScriptCore, old
// Android X5/XWeb). ES2017 is the most those engines can be trusted with, but this build emits
// plain ES5 today: babel-preset-taro targets iOS 9 / Android 5 when no browserslist is set, and
// Taro's script rule runs babel over src/, ../types, @tarojs/*, NutUI and every path listed in
// compile.include; React ships ES5. Holding the line at ES5 costs nothing now and turns any
// dependency that slips past babel (e.g. a new package shipping `?.`) into a failure with the file
// named, instead of a white screen on an old phone. If a dependency legitimately needs more,
// raise ES_LEVEL to at most 2017 and say why here.
import fs from 'node:fs'
import path from 'node:path'
import * as acorn from 'acorn'

export const ES_LEVEL = 5
const LATER_LEVELS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]

const parses = (code, ecmaVersion) => {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'script' })
    return null
  } catch (err) {
    return err
  }
}

const esName = (v) => (v === 5 ? 'ES5' : `ES${v}`)

export function checkEsLevel(root, files) {
  const js = files.filter((f) => f.endsWith('.js'))
  const errors = []
  for (const file of js) {
    const code = fs.readFileSync(path.join(root, file), 'utf8')
    const err = parses(code, ES_LEVEL)
    if (!err) continue
    // Name the level the file actually needs, so the report says "ES2020" rather than only
    // "Unexpected token".
    const needed = LATER_LEVELS.find((v) => !parses(code, v))
    const at = err.pos ?? 0
    const context = code.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')
    const what = needed ? `needs ${esName(needed)}` : 'does not parse at any ES level'
    errors.push(`${file}: ${what}; at ${err.loc?.line}:${err.loc?.column}: …${context}…`)
  }
  return {
    ok: errors.length === 0,
    summary: `${js.length} .js files checked at ${esName(ES_LEVEL)}`,
    errors,
  }
}
