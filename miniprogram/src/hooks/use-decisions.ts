// The one way a chair or the city union decides: approve, reject, return, recommend, select … on one
// row or on the rows picked for a batch. A decision that needs a reason opens the reason dialog
// (preset reasons + typed, bounded by the contract's limit); one that does not asks to confirm when it
// says so, then goes. Decided rows leave the list and the pick at once; a toast says how it went.
// Domain hooks (use-join-decisions, use-work-decisions, …) only say what each decision sends.
import { useRef, useState } from 'react'
import type { AppErrorBody } from '@contract/errors'
import type { Limit } from '@contract/limits'
import { confirm as askConfirm, toastDone, toastError } from '../services/feedback'
import { useSelection } from './use-selection'
import { useSubmit } from './use-submit'

/** What the reason dialog shows for a decision that needs a reason (the person reads the reason). */
export interface ReasonSpec<T> {
  title: string | ((items: T[]) => string)
  /** The box's label; default: the refusal's (不通过的原因). */
  label?: string
  confirmText?: string
  /** One-tap reasons that fill the box (still editable). */
  quick: readonly string[] | ((items: T[]) => readonly string[])
  /** The contract's bounds of the reason (e.g. ORG_LIMITS.reason). */
  limit: Limit
  /** Who or what is being decided, so the chair knows they picked the right one. */
  subject?: (items: T[]) => string
}

/** What a decision's call answered: which rows are settled (decided, or found decided already). */
export interface DecisionOutcome {
  decided: string[]
  error?: AppErrorBody
  /** A toast instead of `done` (e.g. how many were skipped). */
  message?: string
  /** The list is out of date (someone else decided first): read it again. */
  stale?: boolean
}

export interface DecisionKind<T> {
  /** Decisions with a reason open the dialog first. */
  reason?: ReasonSpec<T>
  /** A decision without a reason: the question to confirm it, or none (or undefined for these rows) to go at once. */
  confirm?: (items: T[]) => { title: string; content: string; confirmText: string; danger?: boolean } | undefined
  /** Sends the decision on `items` ('' when it asks no reason). */
  send: (items: T[], reason: string) => Promise<DecisionOutcome>
  /** The toast when all went through; `n` rows were decided. */
  done: (n: number) => string
}

/** The rows a decision works on: a page's paged list (or none, for a detail page). */
export interface DecisionList<T> {
  items: readonly T[]
  setItems?: (update: (items: T[]) => T[]) => void
  reload?: () => Promise<unknown>
}

export interface DecisionDialogState<T> {
  visible: boolean
  spec: ReasonSpec<T> | undefined
  items: T[]
  busy: boolean
  confirm: (reason: string) => void
  cancel: () => void
}

export interface DecisionFlow<T, K extends string> {
  /** Rows picked for a batch. */
  selected: string[]
  toggle: (id: string) => void
  allSelected: boolean
  toggleAll: () => void
  clearSelection: () => void
  /** The picked rows as objects (for a batch decision). */
  selectedItems: T[]
  /** Decide `kind` on `items` (one row, or the picked ones). */
  start: (kind: K, items: T[]) => void
  /** A decision is on its way. */
  busy: boolean
  /** The row a single decision is on its way for. */
  busyId: string | undefined
  /** The batch decision on its way, if any. */
  busyKind: K | undefined
  dialog: DecisionDialogState<T>
}

export function useDecisions<T extends { id: string }, K extends string>(
  list: DecisionList<T>,
  kinds: Record<K, DecisionKind<T>>,
  { onDecided, unitWord = '个' }: { onDecided?: (kind: K, decided: string[]) => void; unitWord?: string } = {},
): DecisionFlow<T, K> {
  const { selected, setSelected, toggle, allSelected, toggleAll, drop } = useSelection(list.items, list.setItems)
  const [asking, setAsking] = useState<{ kind: K; items: T[] }>()
  const [running, setRunning] = useState<{ kind: K; items: T[] }>()
  // The kinds close over the page's current state (e.g. which idea is a duplicate): read the latest.
  const latest = useRef(kinds)
  latest.current = kinds

  const send = useSubmit(async (kind: K, items: T[], reason: string): Promise<boolean> => {
    const spec = latest.current[kind]
    setRunning({ kind, items })
    const out = await spec.send(items, reason).finally(() => setRunning(undefined))
    if (out.decided.length) {
      drop(out.decided)
      onDecided?.(kind, out.decided)
    }
    if (out.stale) void list.reload?.()
    if (!out.error) toastDone(out.message ?? spec.done(out.decided.length))
    else if (items.length > 1 && out.decided.length) toastError({ message: `${out.decided.length} ${unitWord}已处理；其余未成功：${out.error.message}` })
    else toastError(out.error)
    return !out.error || out.decided.length > 0
  })

  const start = (kind: K, items: T[]) => {
    if (items.length === 0) return
    const spec = latest.current[kind]
    if (spec.reason) return setAsking({ kind, items })
    void (async () => {
      const ask = spec.confirm?.(items)
      if (ask && !(await askConfirm(ask))) return
      await send.run(kind, items, '')
    })()
  }

  return {
    selected,
    toggle,
    allSelected,
    toggleAll,
    clearSelection: () => setSelected([]),
    selectedItems: list.items.filter((r) => selected.includes(r.id)),
    start,
    busy: send.busy,
    busyId: running?.items.length === 1 ? running.items[0].id : undefined,
    busyKind: running && running.items.length > 1 ? running.kind : undefined,
    dialog: {
      visible: Boolean(asking),
      spec: asking ? latest.current[asking.kind].reason : undefined,
      items: asking?.items ?? [],
      busy: send.busy,
      confirm: (reason: string) => {
        if (!asking) return
        void send.run(asking.kind, asking.items, reason).then((settled) => settled && setAsking(undefined))
      },
      cancel: () => setAsking(undefined),
    },
  }
}

/** For decisions the server takes one row at a time: each call on its own, "already decided" counts as settled. */
export async function oneByOne<T extends { id: string }>(
  items: T[],
  call: (item: T) => Promise<{ ok: true } | { ok: false; error: AppErrorBody }>,
  alreadyDecided: (e: AppErrorBody) => boolean = () => false,
): Promise<DecisionOutcome> {
  const decided: string[] = []
  let error: AppErrorBody | undefined
  let stale = false
  for (const item of items) {
    const res = await call(item)
    if (res.ok || alreadyDecided(res.error)) decided.push(item.id)
    if (!res.ok) {
      error = res.error
      stale = stale || alreadyDecided(res.error)
    }
  }
  return { decided, error, stale }
}
