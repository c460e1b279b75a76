// Where each kind of checked image goes when WeChat's verdict arrives, or when none came after every
// try. A domain that sends images to the check registers its owner here; the `content` function (the
// message-push receiver and the re-check timer) calls it.
import type { MediaKind, MediaVerdict } from '../../lib/media-check'
import { onCoverHandOver, onCoverVerdict } from '../competition/cover'
import { onHonourHandOver, onHonourPhotoVerdict } from '../honours/photo'
import { onIdeaImageHandOver, onIdeaImageVerdict } from '../ideas/images'
import { onReportPhotoHandOver, onReportPhotoVerdict } from '../reports/verdict'
import { onWorkHandOver, onWorkVerdict } from '../works/verdict'

export interface MediaOwner {
  /**
   * Apply WeChat's verdict on one image. Must be idempotent: a repeated push, or the timer retrying
   * after an invocation that failed or timed out half-way, applies it again. Throws when the work it
   * triggers could not be finished (it is then tried again; the check is marked done only after).
   */
  apply(refId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void>
  /** No verdict after every try: the image is handed to a person (and stays out of public view). */
  handOver(refId: string, fileId: string, now: number): Promise<void>
}

export const MEDIA_OWNERS: Partial<Record<MediaKind, MediaOwner>> = {
  work: { apply: onWorkVerdict, handOver: onWorkHandOver },
  idea: { apply: onIdeaImageVerdict, handOver: onIdeaImageHandOver },
  competition: { apply: onCoverVerdict, handOver: onCoverHandOver },
  honour: { apply: onHonourPhotoVerdict, handOver: onHonourHandOver },
  report: { apply: onReportPhotoVerdict, handOver: onReportPhotoHandOver },
}
