// The local server behind `npm start`: one Node process on 127.0.0.1 that serves the H5 build of the
// mini-program, runs cloud functions for `POST /api/<function>` through the local cloud, takes file
// uploads the way wx.cloud.uploadFile would, serves signed temp URLs, and offers a local sign-in page to
// act as any demo identity. None of this exists in a cloud build (cloudfunctions/build.ts refuses to
// bundle anything under local/).
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { Invocation } from './identity'
import type { LocalOpenApi } from './openapi'
import { ClientStorageError, type LocalStorage } from './storage'
import { FunctionTimeoutError, type LocalRuntime } from './runtime'
import { ClockInputError, type TestClock } from './clock'
import { DEMO_PEOPLE } from './seed/demo'
import { ROLE_LABELS } from '../../types/roles'

export interface LocalServerOptions {
  runtime: LocalRuntime
  storage: LocalStorage
  openapi: LocalOpenApi
  /** The H5 build to serve; absent: only the API. */
  h5Dir?: string
  host?: string
  port: number
  /** Only with --test-clock: POST /local/clock {advanceMs} moves the time the functions see. */
  clock?: TestClock
}

const COOKIE = 'lc_openid'
const MAX_EVENT_BYTES = 100 * 1024 // the cloud's request limit for callFunction
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

function cookies(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=')
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim())
  }
  return out
}

const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** Every visitor has an OPENID, as everyone opening a mini-program does; the first visit is given one. */
function identityOf(req: http.IncomingMessage, res: http.ServerResponse): string {
  const existing = cookies(req)[COOKIE]
  if (existing && OPENID_PATTERN.test(existing)) return existing
  const fresh = `local-${crypto.randomBytes(9).toString('base64url')}`
  setIdentity(res, fresh)
  return fresh
}

function setIdentity(res: http.ServerResponse, openid: string): void {
  res.setHeader('Set-Cookie', `${COOKIE}=${encodeURIComponent(openid)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`)
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) over = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

function sendClientError(res: http.ServerResponse, e: unknown): void {
  if (e instanceof ClientStorageError) return sendJson(res, e.errCode === -503002 ? 403 : 400, { errCode: e.errCode, errMsg: e.message })
  throw e
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Granted roles, or 职工 for a member with none. */
const roleLabels = (p: (typeof DEMO_PEOPLE)[number]) => (p.roles.length ? p.roles.map((r) => ROLE_LABELS[r.role]).join('、') : ROLE_LABELS.worker)

function personOf(openid: string) {
  return DEMO_PEOPLE.find((p) => p.openid === openid)
}

function identityBanner(openid: string): string {
  const person = personOf(openid)
  const who = person ? `${person.realName}（${roleLabels(person)}）` : '新用户'
  return `<a id="local-identity" href="/local/signin" style="position:fixed;right:8px;bottom:8px;z-index:99999;padding:6px 10px;border-radius:16px;background:rgba(0,0,0,.62);color:#fff;font:12px/1.4 sans-serif;text-decoration:none">本地调试 · ${escapeHtml(who)} · 切换</a>`
}

function signInPage(current: string): string {
  const rows = DEMO_PEOPLE.map((p) => {
    const roles = roleLabels(p)
    const active = p.openid === current ? ' aria-current="true"' : ''
    return `<li><form method="post" action="/local/signin"><input type="hidden" name="openid" value="${escapeHtml(p.openid)}"><button${active}><b>${escapeHtml(p.realName)}</b> · ${escapeHtml(roles)}<small>${escapeHtml(p.about)}</small></button></form></li>`
  }).join('')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地登录 · 职工风采</title>
<style>body{margin:0;font:16px/1.5 "PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;background:#FBF7F2;color:#1F1A17}
header{background:#C8161D;color:#fff;padding:20px 16px}h1{margin:0;font-size:22px}p{margin:6px 0 0;opacity:.9;font-size:14px}
ul{list-style:none;margin:0;padding:12px}li{margin:0 0 10px}button{width:100%;text-align:left;padding:14px;border:1px solid #EADFD3;border-radius:12px;background:#fff;font:inherit;color:inherit}
button[aria-current]{border-color:#C8161D;box-shadow:0 0 0 2px rgba(200,22,29,.2)}small{display:block;color:#6B625B;font-size:14px;margin-top:4px}</style></head>
<body><header><h1>本地登录</h1><p>仅在本机调试时出现：选择一个演示身份打开小程序。在微信中，身份由微信自动识别。</p></header>
<ul>${rows}<li><form method="post" action="/local/signin"><input type="hidden" name="openid" value=""><button><b>新用户</b><small>像第一次从群聊打开分享卡片的人：未填写资料，没有任何角色</small></button></form></li></ul></body></html>`
}

export function createLocalServer(options: LocalServerOptions): http.Server {
  const { runtime, storage, openapi, h5Dir, clock } = options

  const serveStatic = (res: http.ServerResponse, pathname: string, openid: string) => {
    if (!h5Dir) return sendJson(res, 404, { error: 'no H5 build' })
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
    const file = path.resolve(h5Dir, rel)
    if (!file.startsWith(path.resolve(h5Dir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      return res.end('not found')
    }
    const ext = path.extname(file)
    if (ext === '.html') {
      const html = fs.readFileSync(file, 'utf8').replace('</body>', `${identityBanner(openid)}</body>`)
      res.writeHead(200, { 'Content-Type': STATIC_TYPES['.html'], 'Cache-Control': 'no-store' })
      return res.end(html)
    }
    res.writeHead(200, { 'Content-Type': STATIC_TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=300' })
    fs.createReadStream(file).pipe(res)
  }

  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://local')
      const { pathname } = url

      if (pathname.startsWith('/files/') && req.method === 'GET') {
        const hit = storage.resolveTempUrl(pathname + url.search)
        if (!hit) {
          res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
          return res.end('invalid or expired link')
        }
        res.writeHead(200, { 'Content-Type': hit.contentType, 'Cache-Control': 'private, max-age=3600' })
        return fs.createReadStream(hit.filePath).pipe(res)
      }

      const openid = identityOf(req, res)

      // wx.cloud.uploadFile / getTempFileURL of the H5 build: the caller is a client, so the storage
      // security rules (database/storage-rules.json) decide, as they do for the mini-program in the cloud.
      if (pathname === '/api/_upload' && req.method === 'POST') {
        const cloudPath = url.searchParams.get('cloudPath') ?? ''
        const body = await readBody(req, MAX_UPLOAD_BYTES)
        if (!body) return sendJson(res, 413, { errCode: -1, errMsg: 'file too large' })
        try {
          const fileID = await storage.asClient(openid).uploadFile(cloudPath, body)
          return sendJson(res, 200, { fileID })
        } catch (e) {
          return sendClientError(res, e)
        }
      }

      if (pathname === '/api/_temp-file-url' && req.method === 'POST') {
        const body = await readBody(req, MAX_EVENT_BYTES)
        let fileList: unknown
        try {
          fileList = (JSON.parse(body?.toString('utf8') || '{}') as { fileList?: unknown }).fileList
        } catch {
          fileList = undefined
        }
        if (
          !Array.isArray(fileList) ||
          !fileList.every((f) => typeof f === 'string' || (f && typeof f === 'object' && typeof f.fileID === 'string' && typeof f.maxAge === 'number'))
        ) {
          return sendJson(res, 400, { errCode: -501007, errMsg: 'getTempFileURL:fail invalid parameters' })
        }
        try {
          return sendJson(res, 200, { fileList: await storage.asClient(openid).getTempFileURL(fileList) })
        } catch (e) {
          return sendClientError(res, e)
        }
      }

      if (pathname.startsWith('/api/') && req.method === 'POST') {
        const fn = pathname.slice('/api/'.length)
        if (!runtime.has(fn)) return sendJson(res, 404, { errCode: -504002, errMsg: `no cloud function named ${fn}` })
        const body = await readBody(req, MAX_EVENT_BYTES)
        if (!body) return sendJson(res, 413, { errCode: -1, errMsg: 'request larger than 100 KB' })
        let event: unknown
        try {
          event = JSON.parse(body.toString('utf8'))
        } catch {
          return sendJson(res, 400, { errCode: -1, errMsg: 'body is not JSON' })
        }
        const who: Invocation = { OPENID: openid, CLIENTIP: req.socket.remoteAddress }
        try {
          const { result } = await runtime.invoke(fn, event, who)
          return sendJson(res, 200, result)
        } catch (e) {
          // What wx.cloud.callFunction reports when the invocation outlives its timeout (see runtime.ts).
          if (e instanceof FunctionTimeoutError)
            return sendJson(res, 504, { errCode: e.errCode, errMsg: `cloud.callFunction:fail Error: errCode: ${e.errCode} | errMsg: ${e.message}` })
          throw e
        }
      }

      if (pathname === '/local/signin') {
        if (req.method === 'POST') {
          const body = (await readBody(req, 4096))?.toString('utf8') ?? ''
          const chosen = new URLSearchParams(body).get('openid') ?? ''
          const next = chosen && OPENID_PATTERN.test(chosen) ? chosen : `local-${crypto.randomBytes(9).toString('base64url')}`
          setIdentity(res, next)
          res.writeHead(303, { Location: '/' })
          return res.end()
        }
        res.writeHead(200, { 'Content-Type': STATIC_TYPES['.html'], 'Cache-Control': 'no-store' })
        return res.end(signInPage(openid))
      }

      if (pathname === '/local/whoami') return sendJson(res, 200, { openid, demo: personOf(openid) ?? null })

      if (pathname === '/local/clock' && req.method === 'POST') {
        // Not there at all unless the server was started for tests (--test-clock).
        if (!clock) return sendJson(res, 404, { errMsg: 'not found' })
        const body = await readBody(req, 1024)
        let advanceMs: unknown
        try {
          advanceMs = (JSON.parse(body?.toString('utf8') || '{}') as { advanceMs?: unknown }).advanceMs
        } catch {
          return sendJson(res, 400, { errMsg: 'body: JSON {advanceMs}' })
        }
        try {
          const offsetMs = clock.advance(advanceMs as number)
          return sendJson(res, 200, { offsetMs, now: new Date(Date.now()).toISOString() })
        } catch (e) {
          if (e instanceof ClockInputError) return sendJson(res, 400, { errMsg: e.message })
          throw e
        }
      }

      if (pathname === '/local/outbox') return sendJson(res, 200, await openapi.outbox())

      if (pathname === '/local/subscribe' && req.method === 'POST') {
        // What a tap on wx.requestSubscribeMessage grants: the H5 build records acceptances here.
        const body = await readBody(req, 4096)
        const ids = (JSON.parse(body?.toString('utf8') || '{}') as { templateIds?: unknown }).templateIds
        if (!Array.isArray(ids) || ids.length > 3 || !ids.every((t) => typeof t === 'string')) return sendJson(res, 400, { errMsg: 'templateIds: 1–3 strings' })
        // WeChat answers per template; an undeclared one is rejected rather than failing the whole call.
        const answers: Record<string, string> = {}
        for (const t of ids as string[]) {
          try {
            openapi.recordSubscription(openid, t)
            answers[t] = 'accept'
          } catch {
            answers[t] = 'reject'
          }
        }
        return sendJson(res, 200, answers)
      }

      if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(res, pathname, openid)
      sendJson(res, 405, { errMsg: 'method not allowed' })
    } catch (e) {
      console.error('[local server]', e)
      if (!res.headersSent) sendJson(res, 500, { errCode: -1, errMsg: 'local server error' })
      else res.end()
    }
  })
}
