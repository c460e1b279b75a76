// The part of wx-server-sdk's database API the handlers use, typed precisely. The SDK's own typings
// mix callback and promise styles (`Promise<X> | void | string`); this is a types-only view of the
// same objects (no wrapper at run time), and it ties collection names to the declared collections.
import type { collections } from '../../database/collections'

export type CollectionName = (typeof collections)[number]['name']

type Filter = Record<string, unknown>
type Projection = Record<string, boolean>

export interface GetResult<T> {
  data: T[]
}
export interface UpdateResult {
  stats: { updated: number }
}
export interface RemoveResult {
  stats: { removed: number }
}

export interface Query<T> {
  where(filter: Filter): Query<T>
  orderBy(field: string, direction: 'asc' | 'desc'): Query<T>
  skip(n: number): Query<T>
  limit(n: number): Query<T>
  field(projection: Projection): Query<T>
  get(): Promise<GetResult<T>>
  count(): Promise<{ total: number }>
  update(options: { data: Filter }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface DocumentRef<T> {
  field(projection: Projection): DocumentRef<T>
  /** With throwOnNotFound:false (set in cloud.ts) a missing document answers data: null. */
  get(): Promise<{ data: T | null }>
  set(options: { data: Omit<T, '_id'> }): Promise<{ stats: { updated: number; created?: number }; _id?: string }>
  update(options: { data: Filter }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface Aggregate {
  match(filter: Filter): Aggregate
  group(spec: Filter): Aggregate
  project(spec: Filter): Aggregate
  sort(spec: Record<string, 1 | -1>): Aggregate
  skip(n: number): Aggregate
  limit(n: number): Aggregate
  lookup(spec: Filter): Aggregate
  unwind(spec: string | Filter): Aggregate
  count(field: string): Aggregate
  end(): Promise<{ list: Filter[] }>
}

export interface CollectionRef<T> extends Query<T> {
  doc(id: string): DocumentRef<T>
  add(options: { data: Omit<T, '_id'> & { _id?: string } }): Promise<{ _id: string }>
  aggregate(): Aggregate
}

export interface TransactionCollectionRef<T> {
  doc(id: string): DocumentRef<T>
  add(options: { data: Omit<T, '_id'> & { _id?: string } }): Promise<{ _id: string }>
}

export interface Transaction {
  collection<T = Filter>(name: CollectionName): TransactionCollectionRef<T>
  rollback(reason?: unknown): Promise<void>
}

export interface Command {
  eq(v: unknown): unknown
  neq(v: unknown): unknown
  gt(v: unknown): unknown
  gte(v: unknown): unknown
  lt(v: unknown): unknown
  lte(v: unknown): unknown
  in(v: unknown[]): unknown
  nin(v: unknown[]): unknown
  exists(v: boolean): unknown
  and(...conds: unknown[]): unknown
  or(...conds: unknown[]): unknown
  inc(n: number): unknown
  set(v: unknown): unknown
  remove(): unknown
  push(v: unknown[] | { each: unknown[]; position?: number; slice?: number; sort?: unknown }): unknown
  pull(v: unknown): unknown
  pullAll(v: unknown[]): unknown
  addToSet(v: unknown): unknown
  max(v: unknown): unknown
  min(v: unknown): unknown
  aggregate: Record<string, (...args: unknown[]) => unknown>
}

export interface Database {
  collection<T = Filter>(name: CollectionName): CollectionRef<T>
  command: Command
  serverDate(options?: { offset: number }): unknown
  RegExp(options: { regexp: string; options?: string }): unknown
  runTransaction<R>(fn: (transaction: Transaction) => Promise<R>, retries?: number): Promise<R>
}
