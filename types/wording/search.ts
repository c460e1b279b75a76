// Searching by words: what a keyword may be, once for the server's schema and the search box.
import * as v from 'valibot'

export const SEARCH_MAX = 20
/** A few words typed into a search box: trimmed, 1–20 characters. */
export const searchKeyword = v.pipe(v.string(), v.trim(), v.minLength(1, '请输入要搜索的字词'), v.maxLength(SEARCH_MAX, `搜索词不超过 ${SEARCH_MAX} 个字`))

/** A keyword as a literal pattern: characters that mean something to a regular expression are escaped. */
export const literalPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
