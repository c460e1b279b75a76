// The similar-idea hints: the terms, the index, and their quality on the labelled set (precision of the
// top 3 hints shown, with the product's threshold).
import { MIN_SIMILARITY } from './cache'
import { evaluate, LABELLED } from './evaluate'
import { SimilarityIndex } from './index'
import { termsOf } from './terms'

describe('terms', () => {
  test('CJK bigrams and characters, Latin words; campaign boilerplate and function characters left out', () => {
    const { terms } = termsOf({ title: '建议车间照明改用LED灯', problem: '提高效率的问题' })
    expect(terms).toEqual(expect.arrayContaining(['照明', '#led', '灯', '照']))
    for (const stop of ['建议', '车间', '提高', '效率', '问题', '的', '效率的']) expect(terms).not.toContain(stop)
  })

  test('the title counts more than the body; full-width letters fold to half-width; plain numbers are not terms', () => {
    const v = termsOf({ title: '叉车', problem: '叉车ＡＧＶ 30 台' })
    const count = (t: string) => v.counts[v.terms.indexOf(t)]
    expect(count('叉车')).toBeCloseTo(2.5)
    expect(v.terms).toContain('#agv')
    expect(v.terms).not.toContain('#30')
  })

  test('a pasted wall of text stays a bounded vector', () => {
    const wall = Array.from({ length: 1000 }, (_x, i) => String.fromCharCode(0x4e00 + ((i * 37) % 20000))).join('')
    expect(termsOf({ title: '长文', proposal: wall }).terms.length).toBeLessThanOrEqual(400)
  })
})

describe('index', () => {
  const a = { title: '粮仓温度自动监测', problem: '保管员每天爬到粮堆上插温度计测温', proposal: '在粮堆里预埋测温电缆，超温报警' }
  const b = { title: '电子测温代替人工查粮温', problem: '人工扦探测温劳动强度大', proposal: '安装粮情测控系统，多点测温线缆埋入粮层' }
  const c = { title: '食堂推行小份菜', problem: '剩菜剩饭很多', proposal: '菜品分大小份，按份计价' }

  test('ranks the paraphrase first, hides what the viewer may not see, forgets what is removed', () => {
    const index = new SimilarityIndex<{ visible: boolean }>()
    index.upsert('a', termsOf(a), { visible: true })
    index.upsert('c', termsOf(c), { visible: true })
    const [first, second] = index.query(termsOf(b), { k: 3, min: 0 })
    expect(first.id).toBe('a')
    // two stray characters in common (多, 大) are far from a match
    expect(second.similarity).toBeLessThan(first.similarity / 3)
    index.upsert('a', termsOf(a), { visible: false })
    expect(index.query(termsOf(b), { k: 3, min: 0, visible: (m) => m.visible }).map((m) => m.id)).toEqual(['c'])
    index.remove('a')
    expect(index.size).toBe(1)
    expect(index.query(termsOf(b), { k: 3, min: 0 }).map((m) => m.id)).toEqual(['c'])
  })

  test('an identical text scores 1; nothing in common scores nothing', () => {
    const index = new SimilarityIndex<null>()
    index.upsert('a', termsOf(a), null)
    index.upsert('c', termsOf(c), null)
    const [top] = index.query(termsOf(a), { k: 1, min: 0 })
    expect(top.id).toBe('a')
    expect(top.similarity).toBeCloseTo(1, 6)
    expect(index.query(termsOf({ title: '课间操' }), { k: 3, min: 0.01 })).toEqual([])
  })
})

describe('the labelled set', () => {
  test('is big enough to mean something: ≥ 150 ideas, ≥ 30 groups of near-duplicates written differently', () => {
    const groups = new Map<string, number>()
    for (const i of LABELLED) if (i.group) groups.set(i.group, (groups.get(i.group) ?? 0) + 1)
    expect(LABELLED.length).toBeGreaterThanOrEqual(150)
    expect(groups.size).toBeGreaterThanOrEqual(30)
    expect([...groups.values()].every((n) => n >= 2)).toBe(true)
    expect(new Set(LABELLED.map((i) => i.id)).size).toBe(LABELLED.length)
    // "written differently": no two ideas of a group share their title
    for (const g of groups.keys()) {
      const titles = LABELLED.filter((i) => i.group === g).map((i) => i.title)
      expect(new Set(titles).size).toBe(titles.length)
    }
  })

  test('precision@3 of the hints shown stays ≥ 0.88 with recall@3 ≥ 0.85 at the product’s threshold', () => {
    const e = evaluate({ min: MIN_SIMILARITY })
    console.log(
      `similar ideas on the labelled set (${e.ideas} ideas, ${e.groups} groups): precision@3 ${e.precisionAt3.toFixed(3)}, recall@3 ${e.recallAt3.toFixed(3)}, first hint right ${e.hitAt1.toFixed(3)}, ${e.shown} hints shown`,
    )
    expect(e.precisionAt3).toBeGreaterThanOrEqual(0.88)
    expect(e.recallAt3).toBeGreaterThanOrEqual(0.85)
    expect(e.hitAt1).toBeGreaterThanOrEqual(0.9)
  })

  test('the measure can fail: with no threshold most hints are noise', () => {
    expect(evaluate({ min: 0 }).precisionAt3).toBeLessThan(0.5)
  })
})
