// Declarations shared by the cloud deployment and the local cloud: which collections exist and
// which indexes back the queries the handlers make. `npm run build:functions` writes the same data
// to cloudfunctions/dist/database.json for configuring a cloud environment.
export interface IndexDecl {
  /** Index name as configured in the cloud console. */
  name: string
  /** Fields in order, with direction. */
  fields: ReadonlyArray<readonly [field: string, direction: 1 | -1]>
  unique?: boolean
}

export interface CollectionDecl {
  name: string
  /** What lives here, and why it is kept. */
  purpose: string
  indexes: readonly IndexDecl[]
  /** Sensitive personal information: only its own function reads it, every access audited. */
  sensitive?: boolean
}
