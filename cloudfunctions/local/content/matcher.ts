// The local content check behind security.msgSecCheck: word lists by category (./words/*.txt), matched with
// an Aho–Corasick automaton over normalised text. Labels are WeChat's msgSecCheck label codes
// (文本内容安全识别 msgSecCheck, "result.label"), so handlers see the same values as in the cloud.
import fs from 'node:fs'
import path from 'node:path'
import { AhoCorasick } from './aho-corasick'
import { BOUNDARY, normalize, normalizeWord } from './normalize'

/** msgSecCheck label codes. */
export const LABELS = {
  normal: 100,
  advertising: 10001,
  politics: 20001,
  pornography: 20002,
  abuse: 20003,
  illegal: 20006,
  fraud: 20008,
  vulgar: 20012,
  copyright: 20013,
  other: 21000,
} as const

export type Suggest = 'pass' | 'review' | 'risky'

/** Word-list file → its category label. */
export const CATEGORIES: Record<string, number> = {
  ads: LABELS.advertising,
  gambling: LABELS.illegal,
  porn: LABELS.pornography,
  drugs: LABELS.illegal,
  fraud: LABELS.fraud,
  violence: LABELS.illegal,
  insults: LABELS.abuse,
}

/** How far (in normalised characters) a warning cue may stand from a `desc` word. */
const CUE_WINDOW = 10
/** Confidence reported for keyword hits (msgSecCheck detail[].level, 0–100). */
const LEVEL: Record<Exclude<Suggest, 'pass'>, number> = { risky: 90, review: 60 }

interface Entry {
  keyword: string
  category: string
  label: number
  suggest: Exclude<Suggest, 'pass'>
  desc: boolean
}

export interface KeywordHit {
  /** The word-list entry as written. */
  keyword: string
  category: string
  label: number
  suggest: Exclude<Suggest, 'pass'>
  level: number
}

export interface TextCheck {
  suggest: Suggest
  label: number
  /** One per distinct keyword, in order of first appearance. */
  hits: KeywordHit[]
}

const WORDS_DIR = path.join(__dirname, 'words')

interface Lists {
  words: AhoCorasick<Entry>
  allow: AhoCorasick<true>
  cues: AhoCorasick<true>
  cuesAfter: AhoCorasick<true>
  sizes: Record<string, number>
}

let lists: Lists | null = null

function load(): Lists {
  if (lists) return lists
  const words = new AhoCorasick<Entry>()
  const sizes: Record<string, number> = {}
  for (const [category, label] of Object.entries(CATEGORIES)) {
    const entries = readList(path.join(WORDS_DIR, `${category}.txt`))
    sizes[category] = entries.length
    for (const line of entries) {
      const [word, flagText = ''] = line.split('|')
      const flags = flagText
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
      const labelFlag = flags.find((f) => /^\d+$/.test(f))
      const unknown = flags.filter((f) => f !== 'review' && f !== 'desc' && f !== labelFlag)
      if (unknown.length) throw new Error(`words/${category}.txt: unknown flag ${unknown.join(',')} on ${line}`)
      const normal = normalizeWord(word)
      if (Array.from(normal).length < 2) throw new Error(`words/${category}.txt: ${line} is shorter than two characters`)
      words.add(normal, {
        keyword: word.trim(),
        category,
        label: labelFlag ? Number(labelFlag) : label,
        suggest: flags.includes('review') ? 'review' : 'risky',
        desc: flags.includes('desc'),
      })
    }
  }
  const allow = new AhoCorasick<true>()
  for (const phrase of readList(path.join(WORDS_DIR, 'allow.txt'))) allow.add(normalizeWord(phrase), true)
  const cues = new AhoCorasick<true>()
  for (const cue of readList(path.join(WORDS_DIR, 'cues.txt'))) cues.add(normalizeWord(cue), true)
  const cuesAfter = new AhoCorasick<true>()
  for (const cue of readList(path.join(WORDS_DIR, 'cues-after.txt'))) cuesAfter.add(normalizeWord(cue), true)
  lists = { words: words.build(), allow: allow.build(), cues: cues.build(), cuesAfter: cuesAfter.build(), sizes }
  return lists
}

function readList(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
}

/** Number of entries per category file, for reports and tests. */
export function wordListSizes(): Record<string, number> {
  return { ...load().sizes }
}

/** Check one or more texts (content, title, nickname…) together. */
export function checkText(...texts: string[]): TextCheck {
  const { words, allow, cues, cuesAfter } = load()
  const seen = new Map<string, KeywordHit>()
  for (const text of texts) {
    const chars = normalize(text)
    const allowed = allow.search(chars)
    const cueHits = cues.search(chars)
    const cueAfterHits = cuesAfter.search(chars)
    // A warning cue near a descriptive word, with no sentence boundary in between, makes it a warning.
    const sameSentence = (from: number, to: number) => to - from <= CUE_WINDOW && !chars.slice(from, to).includes(BOUNDARY)
    const hits = words.search(chars).sort((a, b) => a.start - b.start || b.end - a.end)
    for (const hit of hits) {
      if (allowed.some((a) => a.start <= hit.start && hit.end <= a.end)) continue
      if (
        hit.value.desc &&
        (cueHits.some((c) => c.end <= hit.start && sameSentence(c.end, hit.start)) ||
          cueAfterHits.some((c) => c.start >= hit.end && sameSentence(hit.end, c.start)))
      )
        continue
      const entry = hit.value
      if (seen.has(entry.keyword)) continue
      seen.set(entry.keyword, { keyword: entry.keyword, category: entry.category, label: entry.label, suggest: entry.suggest, level: LEVEL[entry.suggest] })
    }
  }
  const all = [...seen.values()]
  const decisive = all.find((h) => h.suggest === 'risky') ?? all.find((h) => h.suggest === 'review')
  return decisive ? { suggest: decisive.suggest, label: decisive.label, hits: all } : { suggest: 'pass', label: LABELS.normal, hits: all }
}
