// Where the honours pages are: all in the package-honours subpackage. The public ones (the notice, the
// certificate check, the stories) open from shared cards and certificate QR codes; WeChat downloads
// the subpackage with the main package when a card opens one of them cold.
import { NOTICE_PAGE, STORY_PAGE, VERIFY_PAGE } from '@contract/entities/honours'

const P = '/package-honours/pages'
const q = (path: string, key: string, value?: string) => (value ? `${path}?${key}=${encodeURIComponent(value)}` : path)

export const HONOUR_ROUTES = {
  notice: NOTICE_PAGE,
  /** `number`: a certificate number to check at once (a QR code's `scene` carries the same). */
  verify: (number?: string) => q(`/${VERIFY_PAGE}`, 'no', number),
  stories: `${P}/stories/index`,
  story: (id: string) => q(STORY_PAGE, 'id', id),
  mine: `${P}/mine/index`,
  quotas: `${P}/quotas/index`,
  nominations: `${P}/nominations/index`,
  /** A new nomination for `unitId`, or the draft / returned nomination `id` to continue. */
  nominate: (unitId: string, id?: string) => `${P}/nominate/index?unitId=${encodeURIComponent(unitId)}${id ? `&id=${encodeURIComponent(id)}` : ''}`,
  review: `${P}/review/index`,
  city: `${P}/city/index`,
  storyAdmin: `${P}/story-admin/index`,
  /** Write the story of the commended nomination `nominationId` (a new one, or its existing draft `storyId`). */
  storyEdit: (nominationId: string, storyId?: string) =>
    `${P}/story-edit/index?nominationId=${encodeURIComponent(nominationId)}${storyId ? `&id=${encodeURIComponent(storyId)}` : ''}`,
} as const
