// The content matcher's parts: the automaton, normalisation, and the word lists themselves.
import fs from 'node:fs'
import path from 'node:path'
import { AhoCorasick } from './aho-corasick'
import { CATEGORIES, checkText } from './matcher'
import { BOUNDARY, normalize, normalizeWord } from './normalize'

describe('AhoCorasick', () => {
  test('finds every occurrence, overlapping ones included, like a naive scan', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'h', 'ers', 'rs', 'ss']
    const ac = new AhoCorasick<string>()
    for (const p of patterns) ac.add(p, p)
    ac.build()
    // deterministic pseudo-random texts over a small alphabet
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 }, () => 'hersi'[next() % 5]).join('')
      const naive: string[] = []
      for (let i = 0; i < text.length; i++) for (const p of patterns) if (text.startsWith(p, i)) naive.push(`${i}:${p}`)
      const found = ac.search(text).map((h) => `${h.start}:${h.pattern}`)
      expect(found.sort()).toEqual(naive.sort())
    }
  })

  test('works on code points, not UTF-16 units', () => {
    const ac = new AhoCorasick<number>().build()
    const ac2 = new AhoCorasick<number>()
    ac2.add('𠀀赌', 1)
    expect(ac.search('anything')).toEqual([])
    expect(ac2.search('x𠀀赌y')).toEqual([{ start: 1, end: 3, pattern: '𠀀赌', value: 1 }])
  })
})

describe('normalize', () => {
  test.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['賭博', '赌博'],
    ['赌 博', '赌博'],
    ['赌*博', '赌博'],
    ['赌\u200b博', '赌博'],
    ['赌\u00ad博', '赌博'],
    ['赌🎲博', '赌博'],
    ['加_微-信', '加微信'],
  ])('%j → %j', (input, output) => {
    expect(normalize(input).join('')).toBe(output)
  })

  test('sentence punctuation becomes one boundary, never a join', () => {
    expect(normalize('打赌。博物馆，好！')).toEqual(['打', '赌', BOUNDARY, '博', '物', '馆', BOUNDARY, '好', BOUNDARY])
    expect(normalize('打赌，，，博').join('')).toBe(`打赌${BOUNDARY}博`)
  })
})

describe('word lists', () => {
  const dir = path.join(__dirname, 'words')
  const entries = (file: string) =>
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean)
      .map((l) => l.split('|')[0])

  test('no entry is listed twice, within or across categories', () => {
    const seen = new Map<string, string>()
    for (const category of Object.keys(CATEGORIES)) {
      for (const word of entries(`${category}.txt`)) {
        const key = normalizeWord(word)
        expect({ word, alsoIn: seen.get(key) }).toEqual({ word, alsoIn: undefined })
        seen.set(key, category)
      }
    }
  })

  test('every entry, written on its own, is caught in its category', () => {
    for (const category of Object.keys(CATEGORIES)) {
      for (const word of entries(`${category}.txt`)) {
        const check = checkText(word)
        expect({ word, suggest: check.suggest, category: check.hits.some((h) => h.category === category) }).toEqual({
          word,
          suggest: expect.stringMatching(/^(risky|review)$/),
          category: true,
        })
      }
    }
  })

  test('allow-listed phrases lift the hit inside them only', () => {
    expect(checkText('鸦片战争纪录片').suggest).toBe('pass')
    expect(checkText('贩卖鸦片').suggest).toBe('risky')
    expect(checkText('工业大麻种植基地').suggest).toBe('pass')
    expect(checkText('出售大麻').suggest).toBe('risky')
  })

  test('a warning cue lifts a descriptive word in the same sentence only', () => {
    expect(checkText('严禁赌博').suggest).toBe('pass')
    expect(checkText('赌博违法').suggest).toBe('pass')
    expect(checkText('严禁喧哗。赌博来这里').suggest).toBe('risky')
    // a cue far away does not count
    expect(checkText('严禁在车间里面大声喧哗和随意走动赌博').suggest).toBe('risky')
    // lures are not descriptive: a cue does not lift them
    expect(checkText('严禁加微信').suggest).toBe('risky')
    expect(checkText('远离百家乐').suggest).toBe('risky')
  })
})
