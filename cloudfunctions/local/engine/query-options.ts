// The options every mingo Query and Aggregator of the engine runs with: scripts off, and the one query
// operator whose mingo behaviour differs from the cloud's (MongoDB's) replaced.
//
// $elemMatch with field criteria ({ tags: _.elemMatch({ value: _.gt(0) }) }) matches only elements that
// are documents: the cloud finds the array of { value } documents and not an array of numbers or
// strings (vendor tests against the real service: TencentCloudBase/tcb-admin-node
// test/database/unit/advanced-operator.test.ts, "elemMatch", "exists", "mod"). mingo resolves any field of
// a scalar to the scalar itself, so [1, 2, 3] would match { value: { $gt: 0 } }.
import 'mingo/init/system'
import { Query } from 'mingo'
import { Context, type Options } from 'mingo/core'
import { resolve } from 'mingo/util'

const LOGICAL = new Set(['$and', '$or', '$nor'])
const isDocument = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date) && !(x instanceof RegExp)

function $elemMatch(selector: string, criteria: Record<string, unknown>, options: Options) {
  const onFields = Object.keys(criteria).some((k) => !k.startsWith('$') || LOGICAL.has(k))
  const query = new Query(onFields ? criteria : { element: criteria }, options)
  const matches = (array: unknown[]) => array.some((el) => (onFields ? isDocument(el) && query.test(el as object) : query.test({ element: el })))
  return (doc: object) => {
    const value = resolve(doc as Parameters<typeof resolve>[0], selector)
    if (!Array.isArray(value)) return false
    // A path through an array of documents resolves to the arrays found in each of them.
    return matches(value) || (value.length > 0 && value.every(Array.isArray) && value.some((inner) => matches(inner as unknown[])))
  }
}

const context = Context.init().addQueryOps({ $elemMatch } as never)

export const QUERY_OPTIONS = { scriptEnabled: false, context, useGlobalContext: true } as const
