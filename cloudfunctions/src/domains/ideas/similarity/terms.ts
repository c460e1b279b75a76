// Chinese text to the terms the similar-idea hints compare. No word segmenter: workplace ideas are full
// of trade words a dictionary does not know (空压机, 马凳筋, 挡车工), while overlapping character
// bigrams catch them all, and single characters catch what a paraphrase keeps when it reorders or
// rewords (换热/热量, 吊瓶/输液瓶).
// Words every campaign idea uses (建议, 提高, 职工 …) and function characters (的, 了 …) carry no
// signal and are left out, so two ideas are not "similar" for sounding like suggestions.

export interface TermCounts {
  terms: string[]
  counts: number[]
}

/** Function characters: never a term on their own, and a bigram containing one is dropped. */
const STOP_CHARS = new Set(
  Array.from(
    '的了是在和与及或等对把将为也就都而被从向以于其之这那个一有不我你他她它们啊吗呢吧着过很还更再又要会能可所并且但如果因此由到让给用来去上下中里后前时',
  ),
)

/** Bigrams any idea in this campaign may contain: how a suggestion is phrased, not what it is about. */
const STOP_BIGRAMS = new Set([
  '建议',
  '提高',
  '职工',
  '员工',
  '工作',
  '问题',
  '我们',
  '进行',
  '可以',
  '通过',
  '目前',
  '现在',
  '需要',
  '采用',
  '方法',
  '增加',
  '减少',
  '解决',
  '改进',
  '提出',
  '实现',
  '情况',
  '存在',
  '经常',
  '导致',
  '造成',
  '影响',
  '效率',
  '方便',
  '有效',
  '这样',
  '每天',
  '每个',
  '一次',
  '一些',
  '很多',
  '没有',
  '单位',
  '公司',
  '车间',
  '工人',
  '管理',
  '安全',
  '隐患',
  '时间',
  '容易',
  '发现',
  '同时',
  '比较',
  '大家',
  '自动',
  '系统',
  '设备',
  '使用',
  '利用',
  '加装',
  '安装',
  '建立',
  '实行',
])

// Weights chosen on the labelled set (evaluate.ts): the title counts one and a half times the body.
const TITLE_WEIGHT = 1.5
const UNIGRAM_WEIGHT = 1.5
const MAX_TERMS = 400

const isCjk = (c: string) => c >= '\u4e00' && c <= '\u9fff'

/** Full-width letters and digits to half-width, lower case, traditional look-alikes left as they are. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

function addTokens(text: string, into: Map<string, number>, times: number): void {
  const s = normalize(text)
  const add = (t: string) => into.set(t, (into.get(t) ?? 0) + times)
  let run = ''
  let word = ''
  const flushRun = () => {
    const chars = Array.from(run)
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]
      if (!STOP_CHARS.has(c)) add(c)
      if (i + 1 < chars.length) {
        const d = chars[i + 1]
        const bigram = c + d
        if (!STOP_CHARS.has(c) && !STOP_CHARS.has(d) && !STOP_BIGRAMS.has(bigram)) add(bigram)
      }
    }
    run = ''
  }
  const flushWord = () => {
    // Latin words and model numbers (LED, PLC, AGV, 5S) are terms; plain numbers differ between
    // paraphrases (三十 / 30) and say little.
    if (word && !/^\d+$/.test(word)) add(`#${word}`)
    word = ''
  }
  for (const c of s) {
    if (isCjk(c)) {
      flushWord()
      run += c
    } else if (/[a-z0-9]/.test(c)) {
      flushRun()
      word += c
    } else {
      flushRun()
      flushWord()
    }
  }
  flushRun()
  flushWord()
}

/** The terms of an idea: its title (counted more: people name the substance there), problem and proposal. */
export function termsOf(parts: { title: string; problem?: string; proposal?: string }): TermCounts {
  const counts = new Map<string, number>()
  addTokens(parts.title, counts, TITLE_WEIGHT)
  if (parts.problem) addTokens(parts.problem, counts, 1)
  if (parts.proposal) addTokens(parts.proposal, counts, 1)
  // Bounded, so a stored vector stays small whatever is pasted in (the most frequent terms are kept).
  const entries = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS)
  return { terms: entries.map(([t]) => t), counts: entries.map(([, c]) => c) }
}

/**
 * How much a term kind counts. Paraphrases of one idea share surprisingly few bigrams but most of their
 * content characters; on the labelled set, single characters weighted above bigrams ranked a true
 * duplicate first for every idea that has one (weighted at a third of a bigram: 91%). Stop characters
 * are already out.
 */
export function kindWeight(term: string): number {
  if (term.startsWith('#')) return 1
  return Array.from(term).length === 1 ? UNIGRAM_WEIGHT : 1
}
