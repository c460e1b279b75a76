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
  // Submissions run the text check and send images to the asynchronous media check; a cold instance
  // loads the similarity index (about 1,000 ideas) once. The unit's and the city's decisions tell the author.
  ideas: { timeout: 10, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'] },
  // A submission reads and copies up to 9 images (≤ 10 MB each) and sends each to the media check;
  // chairs' and the city's decisions tell the author.
  works: { timeout: 20, openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'] },
  // Message-push receiver for asynchronous media checks; tells authors the outcome. A passed work
  // image gets its list and large-view sizes here, one image per push (jimp: ≈0.6 s for a phone's
  // compressed photo, ≈2.5 s for 12 MP on a 2-core machine), hence more than the default.
  content: { timeout: 20, openapi: ['subscribeMessage.send'] },
}
