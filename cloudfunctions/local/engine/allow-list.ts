// Operators the cloud database accepts. Anything else is refused with the cloud's own error
// (DATABASE_INVALID_OPERRATOR → errCode -502002) so code that would fail in production fails here.
// Sources: the CloudBase database command reference (query, update and aggregate commands).
import { DbError } from './errors'

const QUERY_OPS = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$and',
  '$or',
  '$nor',
  '$not',
  '$exists',
  '$mod',
  '$all',
  '$elemMatch',
  '$size',
  '$regex',
  '$options',
  '$expr',
])
// Geo commands exist in the cloud but not in this engine; the product does not use them.
const UNSUPPORTED_HERE = new Set(['$geoNear', '$geoWithin', '$geoIntersects', '$near', '$nearSphere'])

const UPDATE_OPS = new Set(['$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$push', '$pop', '$pull', '$pullAll', '$addToSet'])
const PUSH_MODIFIERS = new Set(['$each', '$position', '$slice', '$sort'])

const STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$count',
  '$group',
  '$limit',
  '$lookup',
  '$match',
  '$project',
  '$replaceRoot',
  '$sample',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unwind',
])

const EXPRESSION_OPS = new Set([
  '$abs',
  '$add',
  '$ceil',
  '$divide',
  '$exp',
  '$floor',
  '$ln',
  '$log',
  '$log10',
  '$mod',
  '$multiply',
  '$pow',
  '$sqrt',
  '$subtract',
  '$trunc',
  '$arrayElemAt',
  '$arrayToObject',
  '$concatArrays',
  '$filter',
  '$in',
  '$indexOfArray',
  '$isArray',
  '$map',
  '$objectToArray',
  '$range',
  '$reduce',
  '$reverseArray',
  '$size',
  '$slice',
  '$zip',
  '$and',
  '$not',
  '$or',
  '$cmp',
  '$eq',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$ne',
  '$cond',
  '$ifNull',
  '$switch',
  '$dateFromParts',
  '$dateFromString',
  '$dateToParts',
  '$dateToString',
  '$dayOfMonth',
  '$dayOfWeek',
  '$dayOfYear',
  '$hour',
  '$isoDayOfWeek',
  '$isoWeek',
  '$isoWeekYear',
  '$millisecond',
  '$minute',
  '$month',
  '$second',
  '$week',
  '$year',
  '$literal',
  '$mergeObjects',
  '$allElementsTrue',
  '$anyElementTrue',
  '$setDifference',
  '$setEquals',
  '$setIntersection',
  '$setIsSubset',
  '$setUnion',
  '$concat',
  '$indexOfBytes',
  '$indexOfCP',
  '$split',
  '$strLenBytes',
  '$strLenCP',
  '$strcasecmp',
  '$substr',
  '$substrBytes',
  '$substrCP',
  '$toLower',
  '$toUpper',
  '$trim',
  '$ltrim',
  '$rtrim',
  '$let',
  '$first',
  '$last',
  '$toString',
  '$toInt',
  '$toDouble',
  '$toBool',
  '$toDate',
  '$type',
  // accumulators ($group, $bucket)
  '$addToSet',
  '$avg',
  '$max',
  '$min',
  '$push',
  '$stdDevPop',
  '$stdDevSamp',
  '$sum',
])

function refuse(op: string, where: string): never {
  if (UNSUPPORTED_HERE.has(op)) {
    throw new DbError('DATABASE_INVALID_OPERRATOR', `${op} is a cloud geo command the local engine does not implement`)
  }
  throw new DbError('DATABASE_INVALID_OPERRATOR', `unknown or unsupported operator ${op} in ${where}`)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp)
}

export function checkQuery(query: unknown, where = 'query'): void {
  if (Array.isArray(query)) {
    query.forEach((q) => checkQuery(q, where))
    return
  }
  if (!isPlainObject(query)) return
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) {
      if (!QUERY_OPS.has(key)) refuse(key, where)
      if (key === '$expr') checkExpression(value, where)
      else if (key === '$regex' && !(typeof value === 'string' || value instanceof RegExp)) {
        throw new DbError('DATABASE_INVALID_OPERRATOR', '$regex needs a string or regular expression')
      } else checkQuery(value, where)
    } else {
      checkQuery(value, where)
    }
  }
}

export function checkExpression(expr: unknown, where = 'expression'): void {
  if (Array.isArray(expr)) {
    expr.forEach((e) => checkExpression(e, where))
    return
  }
  if (!isPlainObject(expr)) return
  for (const [key, value] of Object.entries(expr)) {
    if (key.startsWith('$') && !EXPRESSION_OPS.has(key)) refuse(key, where)
    checkExpression(value, where)
  }
}

export function checkUpdate(update: Record<string, unknown>): void {
  for (const [op, fields] of Object.entries(update)) {
    if (!UPDATE_OPS.has(op)) refuse(op, 'update')
    if (!isPlainObject(fields)) throw new DbError('DATABASE_REQUEST_FAILED', `${op} needs an object of fields`)
    for (const [field, value] of Object.entries(fields)) {
      if (field === '_id' || field.startsWith('_id.')) throw new DbError('DATABASE_REQUEST_FAILED', 'cannot update _id')
      if (field.split('.').some((part) => part.startsWith('$') || part === '__proto__')) {
        throw new DbError('DATABASE_REQUEST_FAILED', `invalid field name ${field}`)
      }
      if ((op === '$push' || op === '$addToSet') && isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        for (const mod of Object.keys(value)) {
          if (!PUSH_MODIFIERS.has(mod) || (op === '$addToSet' && mod !== '$each')) refuse(mod, op)
        }
      } else if (op === '$pull') {
        checkQuery(value, '$pull')
      }
    }
  }
}

export function checkStage(stage: string, value: unknown): void {
  if (!STAGES.has(stage)) refuse(stage, 'aggregate')
  if (stage === '$match') checkQuery(value, '$match')
  else if (stage === '$lookup' && isPlainObject(value) && Array.isArray(value.pipeline)) {
    for (const inner of value.pipeline) {
      if (!isPlainObject(inner) || Object.keys(inner).length !== 1) throw new DbError('DATABASE_REQUEST_FAILED', 'bad $lookup pipeline')
      const [k] = Object.keys(inner)
      checkStage(k, inner[k])
    }
  } else checkExpression(value, stage)
}

/** Field names in stored documents: the cloud (MongoDB) refuses `$`-prefixed names; `.` would be read as a path. */
export function checkDocumentFields(doc: unknown, path = ''): void {
  if (Array.isArray(doc)) {
    doc.forEach((d, i) => checkDocumentFields(d, `${path}[${i}]`))
    return
  }
  if (!isPlainObject(doc)) return
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('$') || key.includes('.') || key === '__proto__') {
      throw new DbError('DATABASE_REQUEST_FAILED', `invalid field name ${path ? path + '.' : ''}${key}`)
    }
    checkDocumentFields(value, path ? `${path}.${key}` : key)
  }
}
