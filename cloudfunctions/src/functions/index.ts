// The cloud functions, one per domain, and what each needs from the platform. The build writes each
// function's config.json (and dist/cloudbaserc.json for the deploy tool) from this.
import type { FunctionName } from '../../../types/actions/index'

/**
 * A timer trigger, in the shape config.json documents
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html): `name` up to 60
 * characters of a-z A-Z 0-9 - _, starting with a letter; `type` "timer"; `config` a cron expression of seven
 * fields (second minute hour day month weekday year) in UTC+8. One trigger per function ("目前仅支持一个触发器").
 * The function is invoked with `{ Type: 'Timer', TriggerName, Time }` and no user; what it returns goes nowhere.
 */
export interface TimerTrigger {
  name: string
  type: 'timer'
  config: string
}

export interface FunctionConfig {
  /**
   * Seconds an invocation may run (1–60); past it the caller gets -504003 "Invoking task timed out". Absent:
   * the platform default of 3 s, which is also what a function gets when an upload does not apply config.json.
   */
  timeout?: number
  /** MB (128, 256, 512, 1024 or 2048); absent: the platform default of 256. */
  memory?: number
  /** openapi permissions; a call without one fails with -604101. */
  openapi: readonly string[]
  /** At most one timer trigger. */
  triggers?: readonly TimerTrigger[]
}

/** The platform's defaults when a function's configuration does not say (or was not applied). */
export const PLATFORM_DEFAULTS = { timeout: 3, memory: 256 } as const
/** The limits of the configurable values (cloudbaserc functions: timeout 1–60 s; memorySize 128–2048 MB). */
export const FUNCTION_LIMITS = { timeout: { min: 1, max: 60 }, memory: [128, 256, 512, 1024, 2048], triggers: 1 } as const

/** The `content` function's timer: re-checks images whose verdict has not come (domains/content/recheck.ts). */
export const MEDIA_RECHECK_TRIGGER = 'mediaRecheck'
/** The `reports` function's timer: deletes summary export files a day old (domains/reports/exports.ts). */
export const REPORT_EXPORTS_TRIGGER = 'reportExports'

export const FUNCTIONS: Record<FunctionName, FunctionConfig> = {
  campaign: { timeout: 5, openapi: [] },
  people: { timeout: 10, openapi: ['security.msgSecCheck'] },
  // Moving a unit rewrites the paths of every record under it, in eleven collections (two multi-document
  // updates each, run together): for a unit of ~2,000 members at campaign scale the bench measures tens of
  // seconds on the local store (it persists each document separately; the cloud's server-side update
  // is faster), and importing the union tree writes up to 3,000 units. The platform's maximum, 60 s.
  org: { timeout: 60, openapi: ['wxacode.getUnlimited'] },
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
  // compressed photo, ≈2.5 s for 12 MP on a 2-core machine), hence more than the default time; a 12 MP
  // photo decodes to ≈48 MB of pixels, with two resized copies and the encoder's buffers beside it, so
  // more than the default 256 MB. Every 10 minutes it re-checks what waits too long (a check is asked
  // again after 35 minutes without a push, three tries at most, then handed to a person), hence
  // mediaCheckAsync too.
  content: {
    timeout: 20,
    memory: 512,
    openapi: ['security.mediaCheckAsync', 'subscribeMessage.send'],
    triggers: [{ name: MEDIA_RECHECK_TRIGGER, type: 'timer', config: '0 */10 * * * * *' }],
  },
  // Care visits (sensitive): an export reads up to 5,000 visits and writes one file; the daily timer
  // (03:30 Beijing time) anonymises visits past their retention in batches. No openapi: the notes are
  // never sent to a content check (domains/care/record.ts says why).
  care: { timeout: 30, openapi: [], triggers: [{ name: 'careRetention', type: 'timer', config: '0 30 3 * * * *' }] },
  // Nominations run the text check and send the photo to the media check; the city's publish and
  // commend sweeps write up to 1,000 nominations with a handful of multi-document updates. A certificate's
  // first view draws its image and asks for the verification page's mini-program code (bench: 1.0 s p95
  // at 15 ms per round trip, a 20-character name); the seal upload decodes a picture of up to 4000 px a
  // side (bench: a 12 MP JPEG, 7.6 s p95 on 2 loaded cores). 20 s covers both.
  honours: { timeout: 20, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'wxacode.getUnlimited'] },
  // Unit summaries: a submission checks up to 5,000 characters in two parts and reads, checks and copies up
  // to 9 photos (≤ 10 MB each); reminders send subscription messages to every missing unit's chairs; the
  // export reads up to 3,000 units' reports and writes one file. The daily timer (04:00 Beijing time)
  // deletes export files older than a day.
  reports: {
    timeout: 20,
    openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
    triggers: [{ name: REPORT_EXPORTS_TRIGGER, type: 'timer', config: '0 0 4 * * * *' }],
  },
}

/** The timeout an invocation of `name` gets, in seconds. */
export const timeoutOf = (name: FunctionName): number => FUNCTIONS[name].timeout ?? PLATFORM_DEFAULTS.timeout
/** The memory `name` gets, in MB. */
export const memoryOf = (name: FunctionName): number => FUNCTIONS[name].memory ?? PLATFORM_DEFAULTS.memory
