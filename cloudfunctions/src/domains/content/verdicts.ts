// Where each kind of checked image goes when WeChat's verdict arrives. A domain that submits images
// for checking registers its handler here; the `content` function (the message-push receiver) calls it.
import type { MediaKind, MediaVerdict } from '../../lib/media-check'
import { onHonourPhotoVerdict } from '../honours/photo'
import { onIdeaImageVerdict } from '../ideas/images'
import { onWorkVerdict } from '../works/verdict'

export type VerdictHandler = (refId: string, fileId: string, verdict: MediaVerdict, now: number) => Promise<void>

export const VERDICT_HANDLERS: Partial<Record<MediaKind, VerdictHandler>> = {
  work: onWorkVerdict,
  idea: onIdeaImageVerdict,
  honour: onHonourPhotoVerdict,
}
