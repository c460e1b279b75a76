// Suites that run in jsdom (component and compiled-page tests) and also run the local cloud: jsdom
// does not offer structuredClone, which the local cloud's engine uses to copy documents; Node's own
// serializer is the same algorithm. Nor does it offer TextEncoder / TextDecoder, which the local
// cloud's open API uses to draw mini-program codes (wxacode.getUnlimited); Node's are the standard ones.
import v8 from 'node:v8'
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util'

globalThis.structuredClone ??= <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T
globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder
