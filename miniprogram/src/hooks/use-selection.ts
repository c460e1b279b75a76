// Picking several rows of a list for one batch action (approve all selected, assign these ideas):
// which are picked, all or none, and dropping rows from both the list and the pick once done.
import { useState } from 'react'

export function useSelection<T extends { id: string }>(items: readonly T[], setItems?: (update: (items: T[]) => T[]) => void) {
  const [selected, setSelected] = useState<string[]>([])
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))
  const allSelected = items.length > 0 && items.every((r) => selected.includes(r.id))
  const toggleAll = () => setSelected(allSelected ? [] : items.map((r) => r.id))
  /** Rows decided elsewhere or just now leave the list and the pick. */
  const drop = (ids: string[]) => {
    setItems?.((list) => list.filter((r) => !ids.includes(r.id)))
    setSelected((s) => s.filter((x) => !ids.includes(x)))
  }
  return { selected, setSelected, toggle, allSelected, toggleAll, drop }
}
