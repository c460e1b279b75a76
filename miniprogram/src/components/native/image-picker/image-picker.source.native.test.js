/**
 * Checks on the component's source files that the rendering tests cannot see: the JS stays within
 * ES2017 (it must run on old phones as written), WeChat's own WXSS compiler accepts the styles, and
 * the styles keep the product's large-type and touch-target rules.
 */
const fs = require('fs')
const path = require('path')
const acorn = require('acorn')
const wcsc = require('miniprogram-compiler/src/wcsc')

const read = (name) => fs.readFileSync(path.join(__dirname, name), 'utf8')

// Declarations of a class-selector rule, e.g. rule(css, '.ip-move') → { height: '88rpx', ... }.
function rule(css, selector) {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
  const m = new RegExp(`(^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(css)
  if (!m) throw new Error(`no rule for ${selector}`)
  const out = {}
  m[2].split(';').forEach((decl) => {
    const i = decl.indexOf(':')
    if (i > 0) out[decl.slice(0, i).trim()] = decl.slice(i + 1).trim()
  })
  return out
}

const rpx = (value) => {
  const m = /^(\d+(?:\.\d+)?)rpx$/.exec(value || '')
  return m ? Number(m[1]) : NaN
}

test.each(['index.js', 'helpers.js', 'upload-behavior.js'])('%s parses as an ES2017 script (no optional chaining, no ??, no object spread)', (file) => {
  const source = read(file)
  expect(() => acorn.parse(source, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow()
  // The check itself rejects what it must: syntax newer than ES2017 fails to parse.
  expect(() => acorn.parse('a?.b', { ecmaVersion: 2017 })).toThrow()
  expect(() => acorn.parse('a ?? b', { ecmaVersion: 2017 })).toThrow()
  expect(() => acorn.parse('({ ...a })', { ecmaVersion: 2017 })).toThrow()
})

test('index.json declares a component', () => {
  expect(JSON.parse(read('index.json'))).toMatchObject({ component: true })
})

test("WeChat's wcsc compiles index.wxss", () => {
  const result = wcsc(__dirname, ['index'])
  expect(result).not.toBeInstanceOf(Error)
  expect(Object.keys(result)).toContain('index.wxss')
})

describe('index.wxss', () => {
  const css = read('index.wxss').replace(/\/\*[\s\S]*?\*\//g, '')

  test('sizes in rpx only (Taro rewrites px in the weapp build)', () => {
    expect(css).not.toMatch(/\d(px|PX)\b/)
  })

  test('every font size is at least 32rpx', () => {
    const sizes = [...css.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => m[1].trim())
    expect(sizes.length).toBeGreaterThan(3)
    sizes.forEach((size) => expect(rpx(size)).toBeGreaterThanOrEqual(32))
  })

  test('remove, move and retry controls are at least 88rpx tall', () => {
    expect(rpx(rule(css, '.ip-remove').height)).toBeGreaterThanOrEqual(88)
    expect(rpx(rule(css, '.ip-remove').width)).toBeGreaterThanOrEqual(88)
    expect(rpx(rule(css, '.ip-move').height)).toBeGreaterThanOrEqual(88)
    expect(rpx(rule(css, '.ip-retry')['min-height'])).toBeGreaterThanOrEqual(88)
  })

  test('three columns by percentage, so the grid cannot overflow a 375 px screen', () => {
    expect(rule(css, '.ip-cell')).toMatchObject({ width: '33.3333%', 'box-sizing': 'border-box' })
    expect(rule(css, '.ip')).toMatchObject({ width: '100%', 'box-sizing': 'border-box' })
  })
})
