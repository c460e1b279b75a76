import { Text, View } from '@tarojs/components'
import Button from '../button'
import type { DecisionFlow } from '../../hooks/use-decisions'
import ReasonDialog from '../reason-dialog'
import './index.scss'

/** 全选（N 人）: picks every row on screen for a batch decision, or none. */
export function SelectAll<T extends { id: string }, K extends string>({
  flow,
  count,
  unitWord,
}: {
  flow: DecisionFlow<T, K>
  count: number
  unitWord: string
}) {
  return (
    <View className='decision-select-all' onClick={flow.toggleAll}>
      <View className={`decision-check${flow.allSelected ? ' decision-check--on' : ''}`} role='checkbox' aria-checked={flow.allSelected}>
        {flow.allSelected ? '✓' : ''}
      </View>
      <Text>
        全选（{count} {unitWord}）
      </Text>
    </View>
  )
}

/** A row's own tick box for a batch. */
export function DecisionCheck({ checked }: { checked: boolean }) {
  return (
    <View className={`decision-check${checked ? ' decision-check--on' : ''}`} role='checkbox' aria-checked={checked}>
      {checked ? '✓' : ''}
    </View>
  )
}

export interface BatchAction<K extends string> {
  kind: K
  text: string
  id?: string
  danger?: boolean
  /** A batch decision that first asks for something of its own (e.g. which panel, in a sheet) and starts the flow from there. */
  ask?: () => void
}

/**
 * The batch bar: fixed at the bottom once rows are picked, says how many, and offers the batch
 * decisions (each through the flow: reason dialog or confirm first). Leaves room above it for the
 * list's last row.
 */
export function DecisionBar<T extends { id: string }, K extends string>({
  flow,
  unitWord,
  actions,
}: {
  flow: DecisionFlow<T, K>
  unitWord: string
  actions: BatchAction<K>[]
}) {
  if (flow.selected.length === 0) return null
  return (
    <>
      <View className='decision-bar__room' />
      <View className='decision-bar'>
        <Text className='decision-bar-text'>
          已选 {flow.selected.length} {unitWord}
        </Text>
        {actions.map((a) => (
          <Button
            key={a.kind}
            id={a.id}
            className='decision-bar-button'
            type={a.danger ? 'danger' : 'primary'}
            fill={a.danger ? 'outline' : undefined}
            size='large'
            loading={flow.busyKind === a.kind}
            disabled={flow.busy && flow.busyKind !== a.kind}
            onClick={() => (a.ask ? a.ask() : flow.start(a.kind, flow.selectedItems))}
          >
            {a.text}
          </Button>
        ))}
      </View>
    </>
  )
}

/** The reason dialog of the flow's decision in progress (preset reasons + typed, within the contract's limit). */
export function DecisionDialog<T extends { id: string }, K extends string>({ flow }: { flow: DecisionFlow<T, K> }) {
  const { dialog } = flow
  const spec = dialog.spec
  const quick = spec ? (typeof spec.quick === 'function' ? spec.quick(dialog.items) : spec.quick) : []
  return (
    <ReasonDialog
      visible={dialog.visible}
      title={spec ? (typeof spec.title === 'function' ? spec.title(dialog.items) : spec.title) : ''}
      subject={spec?.subject?.(dialog.items)}
      label={spec?.label}
      confirmText={spec?.confirmText}
      quickReasons={[...quick]}
      minLength={spec?.limit.min}
      maxLength={spec?.limit.max}
      busy={dialog.busy}
      onConfirm={dialog.confirm}
      onCancel={dialog.cancel}
    />
  )
}

export interface DecisionButton {
  text: string
  onClick: () => void
  /** A refusal: outlined in the danger colour. */
  danger?: boolean
  /** A way elsewhere rather than a decision: outlined. */
  plain?: boolean
  loading?: boolean
  disabled?: boolean
  className?: string
}

/** A row's own decisions, side by side: refusals outlined, the way forward filled. */
export function DecisionButtons({ buttons }: { buttons: DecisionButton[] }) {
  return (
    <View className='decision-buttons'>
      {buttons.map((b) => (
        <Button
          key={b.text}
          className={`decision-buttons__button${b.className ? ` ${b.className}` : ''}`}
          size='large'
          type={b.danger ? 'danger' : 'primary'}
          fill={b.danger || b.plain ? 'outline' : undefined}
          loading={b.loading}
          disabled={b.disabled}
          onClick={b.onClick}
        >
          {b.text}
        </Button>
      ))}
    </View>
  )
}
