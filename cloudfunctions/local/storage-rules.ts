// Cloud storage security rules, as the cloud evaluates them for a client (the mini-program), and the
// evaluator the local storage applies to every client upload, read and delete.
//
// Documented behaviour (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/storage/security-rules.html,
// https://docs.cloudbase.net/storage/security-rules/secure_resource, https://docs.cloudbase.net/rule/introduce):
// - one rule for the whole bucket: `{ "read": …, "write": … }`, each a boolean or an expression string; a
//   missing key is false. `read` covers downloads (and temp links asked for by the client); `write` covers
//   upload, overwrite and delete.
// - the rules bind only clients; cloud functions and the console always read and write everything.
// - `auth` is the caller (`auth.openid` for a mini-program user, `auth.uid`, `auth.loginType`), null when
//   not signed in; `resource` is the file: `resource.openid` (who uploaded it, the file's owner) and
//   `resource.path` (its path in the bucket, without the bucket).
// - expressions: variables, string/boolean/null literals, `==`, `!=`, `&&`, `||`, `!`, parentheses (the
//   documented regular-expression `.test()` is not implemented here: a rule that uses it fails to load
//   rather than being evaluated wrongly).
//
// A write of a file that does not exist yet creates a file owned by the caller, so `resource.openid` is the
// caller's openid: the documented template "所有用户可读，仅创建者可写" (`resource.openid == auth.openid`)
// lets anyone upload new files and nobody but the creator overwrite or delete them. Files written by a cloud
// function have no client owner (locally: null), so no client may overwrite them under that rule.
import fs from 'node:fs'
import path from 'node:path'

export type StorageRuleValue = boolean | string
export interface StorageRules {
  read?: StorageRuleValue
  write?: StorageRuleValue
}

export interface RuleAuth {
  openid?: string
  uid?: string
  loginType?: string
}

export interface RuleResource {
  openid: string | null
  path: string
}

/** The rules declared in the repository (what is configured in the cloud console). */
export const STORAGE_RULES_FILE = path.join(__dirname, '..', 'database', 'storage-rules.json')

export function loadStorageRules(file = STORAGE_RULES_FILE): CompiledStorageRules {
  return compileStorageRules(JSON.parse(fs.readFileSync(file, 'utf8')) as StorageRules)
}

export interface CompiledStorageRules {
  readonly source: StorageRules
  allows(op: 'read' | 'write', auth: RuleAuth | null, resource: RuleResource): boolean
}

export function compileStorageRules(source: StorageRules): CompiledStorageRules {
  const extra = Object.keys(source).filter((k) => k !== 'read' && k !== 'write')
  if (extra.length > 0) throw new Error(`storage rules: unknown operation ${extra.join(', ')} (only read and write)`)
  const compiled = {
    read: compileValue(source.read ?? false),
    write: compileValue(source.write ?? false),
  }
  return {
    source,
    allows: (op, auth, resource) => compiled[op]({ auth: auth ? { ...auth } : null, resource: { ...resource } }) === true,
  }
}

type Scope = { auth: Record<string, unknown> | null; resource: Record<string, unknown> }
type Expr = (scope: Scope) => unknown

function compileValue(value: StorageRuleValue): Expr {
  if (typeof value === 'boolean') return () => value
  if (typeof value !== 'string') throw new Error(`storage rules: a rule is a boolean or an expression string, not ${JSON.stringify(value)}`)
  // The documented limit of one expression (docs.cloudbase.net/rule/introduce: 每个表达式最大长度 1024 字符).
  if (value.length > 1024) throw new Error('storage rules: an expression is at most 1024 characters')
  return new Parser(value).parse()
}

type Token = { kind: 'op'; value: string } | { kind: 'ident'; value: string } | { kind: 'lit'; value: unknown }

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (/\s/.test(c)) {
      i++
      continue
    }
    const two = text.slice(i, i + 2)
    if (['==', '!=', '&&', '||'].includes(two)) {
      // `===`/`!==` read as `==`/`!=` followed by `=`: refuse rather than guess.
      if (text[i + 2] === '=') throw new Error(`storage rules: unsupported operator ${two}= in ${JSON.stringify(text)}`)
      tokens.push({ kind: 'op', value: two })
      i += 2
      continue
    }
    if (c === '!' || c === '(' || c === ')') {
      tokens.push({ kind: 'op', value: c })
      i++
      continue
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1)
      if (end < 0) throw new Error(`storage rules: unterminated string in ${JSON.stringify(text)}`)
      tokens.push({ kind: 'lit', value: text.slice(i + 1, end) })
      i = end + 1
      continue
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i))
    if (word) {
      const w = word[0]
      if (w === 'true' || w === 'false') tokens.push({ kind: 'lit', value: w === 'true' })
      else if (w === 'null') tokens.push({ kind: 'lit', value: null })
      else tokens.push({ kind: 'ident', value: w })
      i += w.length
      continue
    }
    throw new Error(`storage rules: unsupported syntax at ${JSON.stringify(text.slice(i))} in ${JSON.stringify(text)}`)
  }
  return tokens
}

const VARIABLES = new Set(['auth', 'auth.openid', 'auth.uid', 'auth.loginType', 'resource', 'resource.openid', 'resource.path'])

/** or := and ('||' and)* ; and := eq ('&&' eq)* ; eq := unary (('=='|'!=') unary)? ; unary := '!' unary | atom */
class Parser {
  private readonly tokens: Token[]
  private pos = 0
  constructor(private readonly text: string) {
    this.tokens = tokenize(text)
  }

  parse(): Expr {
    const expr = this.or()
    if (this.pos !== this.tokens.length)
      throw new Error(`storage rules: unexpected ${JSON.stringify(this.tokens[this.pos].value)} in ${JSON.stringify(this.text)}`)
    return expr
  }

  private peekOp(value: string): boolean {
    const t = this.tokens[this.pos]
    return t?.kind === 'op' && t.value === value
  }

  private or(): Expr {
    let left = this.and()
    while (this.peekOp('||')) {
      this.pos++
      const l = left
      const r = this.and()
      left = (s) => l(s) === true || r(s) === true
    }
    return left
  }

  private and(): Expr {
    let left = this.eq()
    while (this.peekOp('&&')) {
      this.pos++
      const l = left
      const r = this.eq()
      left = (s) => l(s) === true && r(s) === true
    }
    return left
  }

  private eq(): Expr {
    const left = this.unary()
    for (const op of ['==', '!=']) {
      if (this.peekOp(op)) {
        this.pos++
        const right = this.unary()
        // Missing values compare as null, so an absent field never equals a present one.
        return op === '==' ? (s) => norm(left(s)) === norm(right(s)) : (s) => norm(left(s)) !== norm(right(s))
      }
    }
    return left
  }

  private unary(): Expr {
    if (this.peekOp('!')) {
      this.pos++
      const inner = this.unary()
      return (s) => inner(s) !== true
    }
    return this.atom()
  }

  private atom(): Expr {
    const t = this.tokens[this.pos++]
    if (!t) throw new Error(`storage rules: expression ends early: ${JSON.stringify(this.text)}`)
    if (t.kind === 'lit') return () => t.value
    if (t.kind === 'ident') {
      if (!VARIABLES.has(t.value)) throw new Error(`storage rules: unknown variable ${t.value} in ${JSON.stringify(this.text)}`)
      const [root, field] = t.value.split('.') as ['auth' | 'resource', string | undefined]
      return (s) => {
        const obj = s[root]
        if (!field) return obj
        return obj ? (obj as Record<string, unknown>)[field] : null
      }
    }
    if (t.value === '(') {
      const inner = this.or()
      if (!this.peekOp(')')) throw new Error(`storage rules: missing ")" in ${JSON.stringify(this.text)}`)
      this.pos++
      return inner
    }
    throw new Error(`storage rules: unexpected ${JSON.stringify(t.value)} in ${JSON.stringify(this.text)}`)
  }
}

const norm = (v: unknown) => (v === undefined ? null : v)
