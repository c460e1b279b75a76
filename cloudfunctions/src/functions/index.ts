// The cloud functions, one per domain, and what each needs from the platform. The build writes each
// function's config.json from this (timeout in seconds; openapi permissions, without which a call
// fails with -604101).
import type { FunctionName } from '../../../types/actions/index'

export interface FunctionConfig {
  timeout: number
  openapi: readonly string[]
}

export const FUNCTIONS: Record<FunctionName, FunctionConfig> = {
  campaign: { timeout: 5, openapi: [] },
  people: { timeout: 10, openapi: ['security.msgSecCheck'] },
  // Moving a unit rewrites paths in several collections: allow it time.
  org: { timeout: 20, openapi: ['wxacode.getUnlimited'] },
  // Sign-up bursts after a card is shared: several short atomic steps; exports read up to all sign-ups.
  competition: { timeout: 20, openapi: ['security.msgSecCheck', 'subscribeMessage.send'] },
  // Message-push receiver for asynchronous media checks; tells authors the outcome.
  content: { timeout: 10, openapi: ['subscribeMessage.send'] },
}
