// The `honours` function's handlers (R3, R2): quotas, nominations, review up the tree, the public notice
// with objections, commendation and certificate verification.
import type { Handlers } from '../../lib/handler'
import { commend, revokeCertificate, verify } from './commend'
import { commendedList } from './commended'
import { nominationsAction, saveNomination } from './nominate'
import { confirmConsent, mine } from './nominee'
import { notice, object, publishNotice } from './notice'
import { objectionsAction, resolveObjection } from './objections'
import { quotasAction, setQuotas, splitQuota } from './quotas'
import { decide } from './review'
import { AppError } from '../../lib/errors'
import { cityStories, reviewStory, saveStory } from './stories'
import { likeStory, story, storyList } from './stories-public'

export const honoursHandlers: Handlers<'honours'> = {
  'honours.notice': notice,
  'honours.verify': verify,
  'honours.object': object,
  'honours.mine': mine,
  'honours.confirmConsent': confirmConsent,
  'honours.quotas': quotasAction,
  'honours.setQuotas': setQuotas,
  'honours.splitQuota': splitQuota,
  'honours.nominations': nominationsAction,
  'honours.saveNomination': saveNomination,
  'honours.decide': decide,
  'honours.publishNotice': publishNotice,
  'honours.objections': objectionsAction,
  'honours.resolveObjection': resolveObjection,
  'honours.commend': commend,
  'honours.commended': commendedList,
  'honours.revokeCertificate': revokeCertificate,
  // Wired to their handlers in the next change; until then the actions answer that they are not available.
  'honours.certificate': () => Promise.reject(new AppError('COMMON.UNKNOWN_ACTION')),
  'honours.seal': () => Promise.reject(new AppError('COMMON.UNKNOWN_ACTION')),
  'honours.setSeal': () => Promise.reject(new AppError('COMMON.UNKNOWN_ACTION')),
  'honours.stories': storyList,
  'honours.story': story,
  'honours.likeStory': likeStory,
  'honours.cityStories': cityStories,
  'honours.saveStory': saveStory,
  'honours.reviewStory': reviewStory,
}
