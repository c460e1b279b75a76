// The forms' own check of a text field before they call, in a module of its own: only the pages
// with forms load it (the limits themselves are read by the main package's pages too).
import type { Limit } from '.'

/**
 * A form's check of a text field before it calls: the same bounds the server's schema applies, said
 * with the field's name. `missing` is what an empty field is told (default: the minimum).
 */
export function lengthProblem(label: string, value: string, l: Limit, missing?: string): string | undefined {
  const n = value.trim().length
  if (n === 0 && l.min > 0) return missing ?? `请填写${label}`
  if (n < l.min) return `${label}至少 ${l.min} 个字`
  if (n > l.max) return `${label}不能超过 ${l.max} 个字`
  return undefined
}
