// Suites that run in jsdom (component and compiled-page tests) and also run the local cloud: jsdom
// does not offer structuredClone, which the local cloud's engine uses to copy documents; Node's own
// serializer is the same algorithm.
import v8 from 'node:v8'

globalThis.structuredClone ??= <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T
