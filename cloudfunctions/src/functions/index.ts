// The cloud functions, one per domain, and what each needs from the platform. The build writes each
// function's config.json from this (timeout in seconds; openapi permissions, without which a call
// fails with -604101).
import type { FunctionName } from '../../../types/actions/index'

/**
 * A timer trigger as config.json declares it: name (letters, digits, - and _, starting with a letter,
 * ≤ 60 characters), type "timer", config a 7-field cron (second minute hour day month weekday year).
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html
 */
export interface TimerTrigger {
  name: string
  type: 'timer'
  config: string
}

export interface FunctionConfig {
  timeout: number
  openapi: readonly string[]
  triggers?: readonly TimerTrigger[]
}

/** The `content` function's timer: re-checks images whose verdict has not come (domains/content/recheck.ts). */
export const MEDIA_RECHECK_TRIGGER = 'mediaRecheck'

export const FUNCTIONS: Record<FunctionName, FunctionConfig> = {
  campaign: { timeout: 5, openapi: [] },
  people: { timeout: 10, openapi: ['security.msgSecCheck'] },
  // Moving a unit rewrites paths in several collections: allow it time.
  org: { timeout: 20, openapi: ['wxacode.getUnlimited'] },
  // Sign-up bursts after a card is shared: several short atomic steps; exports read up to all sign-ups.
  competition: { timeout: 20, openapi: ['security.msgSecCheck', 'subscribeMessage.send'] },
  // Submissions run the text check and send images to the asynchronous media check; a cold instance
  // loads the similarity index (about 1,000 ideas) once. The unit's and the city's decisions tell the author.
  ideas: { timeout: 10, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'] },
  // A submission reads and copies up to 9 images (≤ 10 MB each) and sends each to the media check;
  // chairs' and the city's decisions tell the author.
  works: { timeout: 20, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'] },
  // Message-push receiver for asynchronous media checks; tells authors the outcome. A passed work
  // image gets its list and large-view sizes here, one image per push (jimp: ≈0.6 s for a phone's
  // compressed photo, ≈2.5 s for 12 MP on a 2-core machine), hence more than the default.
  // Every 10 minutes it re-checks what waits too long (a check is asked again after 35 minutes without a
  // push, three tries at most, then handed to a person), hence mediaCheckAsync too.
  content: {
    timeout: 20,
    openapi: ['security.mediaCheckAsync', 'subscribeMessage.send'],
    triggers: [{ name: MEDIA_RECHECK_TRIGGER, type: 'timer', config: '0 */10 * * * * *' }],
  },
}
