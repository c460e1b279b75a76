// Where the honours pages are. The public ones (the certificate check; later the notice and the stories)
// are in the main package: they open from shared cards and certificate QR codes.
import { STORY_PAGE } from '@contract/entities/honours'

export const HONOUR_ROUTES = {
  /** `number`: a certificate number to check at once (a QR code's `scene` carries the same). */
  verify: (number?: string) => (number ? `/pages/honours/verify?no=${encodeURIComponent(number)}` : '/pages/honours/verify'),
  story: (id: string) => `${STORY_PAGE}?id=${encodeURIComponent(id)}`,
} as const
