// The one module that calls a cloud function. In the mini-program: wx.cloud.callFunction. In the H5
// build (local only): POST /api/<function> on the local server, which runs the same function code.
// Only types come from the contract here, so no schema code lands in the main package.
import Taro from '@tarojs/taro'
import type { ActionName, InputOf, OutputOf } from '@contract/actions/index'
import { ERROR_MESSAGES, type Result } from '@contract/errors'

const functionOf = (name: string) => name.slice(0, name.indexOf('.'))

const networkError = <T>(): Result<T> => ({ ok: false, error: { code: 'COMMON.NETWORK', message: ERROR_MESSAGES['COMMON.NETWORK'] } })
const internalError = <T>(): Result<T> => ({ ok: false, error: { code: 'COMMON.INTERNAL', message: ERROR_MESSAGES['COMMON.INTERNAL'] } })

function isResult<T>(value: unknown): value is Result<T> {
  return Boolean(value) && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean'
}

async function viaHttp(fn: string, event: unknown): Promise<unknown> {
  const res = await fetch(`/api/${fn}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(event),
  })
  return res.json()
}

async function viaWxCloud(fn: string, event: unknown): Promise<unknown> {
  const res = await Taro.cloud.callFunction({ name: fn, data: event as Record<string, unknown> })
  return res.result
}

export async function call<N extends ActionName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
  const event = { action: name, input }
  let raw: unknown
  try {
    raw = process.env.TARO_ENV === 'h5' ? await viaHttp(functionOf(name), event) : await viaWxCloud(functionOf(name), event)
  } catch {
    return networkError()
  }
  return isResult<OutputOf<N>>(raw) ? raw : internalError()
}
