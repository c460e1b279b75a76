// A field of a page's form hook (use-*-form): every hook keeps `values`, `errors` by field and a typed
// `set`; `bind` hands one text field's value, error and setter to a field component in one go.

/** What a field needs from a form hook. */
export interface FormState<V> {
  values: V
  errors: { readonly [field: string]: string | undefined }
  set: <K extends keyof V>(key: K, value: V[K]) => void
}

/** The keys of `V` whose values are text, which an input can edit. */
export type TextKey<V> = { [K in keyof V]-?: V[K] extends string ? K : never }[keyof V] & string

/** A text field's value, the error shown under it and where a change goes. */
export interface Bound {
  value: string
  error?: string
  onChange: (value: string) => void
}

export function bind<V, K extends TextKey<V>>(form: FormState<V>, key: K): Bound {
  return { value: form.values[key] as string, error: form.errors[key], onChange: (value) => form.set(key, value as V[K]) }
}
