// A first look at a payload before any schema sees it: JSON-shaped data only, no keys that could be
// read as database operators or prototype paths, bounded depth. Schemas are strict as well; this is
// the second lock on the same door, and it also covers nested free-form values.
import type { Issue } from '../../../types/errors'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 12

export function unsafePayloadIssue(value: unknown, path = '', depth = 0): Issue | null {
  if (depth > MAX_DEPTH) return { path, message: '数据层级过深' }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, message: '数字无效' }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const issue = unsafePayloadIssue(value[i], `${path}[${i}]`, depth + 1)
      if (issue) return issue
    }
    return null
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return { path, message: '数据格式不正确' }
    for (const k of Object.keys(value)) {
      const p = path ? `${path}.${k}` : k
      if (k.startsWith('$') || FORBIDDEN_KEYS.has(k)) return { path: p, message: '包含不允许的字段名' }
      const issue = unsafePayloadIssue((value as Record<string, unknown>)[k], p, depth + 1)
      if (issue) return issue
    }
    return null
  }
  return { path, message: '数据格式不正确' }
}
