// The name fields of day one's pages, filled from the profile when there is one. The server checks
// them fully (types/schemas realName); the page only asks for what is missing.
import { useState } from 'react'
import type { Me } from '@contract/entities/people'

export interface NameValues {
  realName: string
  nickname: string
}

export function nameProblem(values: NameValues): string | undefined {
  if (!values.realName.trim()) return '请填写真实姓名'
  if (!values.nickname.trim()) return '请填写昵称'
  return undefined
}

export function useNameFields(me: Me) {
  const [values, setValues] = useState<NameValues>({ realName: me.realName, nickname: me.nickname })
  return { values, setValues }
}
