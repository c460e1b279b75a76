// The caller as people.me describes them, kept once for every page: 我的, the profile and join pages
// and the staff pages all read the same copy, and any action that answers a fresh `Me`
// (saveProfile, joinByInvite, requestJoin, cancelJoin) replaces it, so pages never disagree.
import type { Me } from '@contract/entities/people'
import type { Result } from '@contract/errors'
import { call } from './cloud'

type Listener = () => void

let current: Me | undefined
let inflight: Promise<Result<Me>> | undefined
const listeners = new Set<Listener>()

const emit = () => listeners.forEach((l) => l())

export function getMe(): Me | undefined {
  return current
}

export function setMe(me: Me | undefined): void {
  current = me
  emit()
}

export function subscribeMe(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Asks the server again; calls made while one is running share it (pages mount together). */
export function refreshMe(): Promise<Result<Me>> {
  if (!inflight) {
    inflight = call('people.me', {}).then((res) => {
      inflight = undefined
      if (res.ok) setMe(res.data)
      return res
    })
  }
  return inflight
}

/** A name to greet someone by: the real name, else the nickname. */
export const displayName = (me: Pick<Me, 'realName' | 'nickname'>): string => me.realName || me.nickname

/** Nickname and real name: what the profile page asks for (the unit comes after, on the join page). */
export const hasProfile = (me: Pick<Me, 'realName' | 'nickname'>): boolean => Boolean(me.realName && me.nickname)
