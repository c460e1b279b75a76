// The `honours` function's handlers (R3, R2): quotas, nominations, review up the tree, the public notice
// with objections, commendation, the certificate image and its seal, and certificate verification.
import type { Handlers } from '../../lib/handler'
import { certificate } from './certificate'
import { commend, revokeCertificate, verify } from './commend'
import { exportHonours } from './export'
import { commendedList } from './commended-list'
import { nominationsAction, saveNomination } from './nominate'
import { confirmConsent, mine } from './nominee'
import { notice, object, publishNotice } from './notice'
import { objectionsAction, resolveObjection } from './objections'
import { quotasAction, setQuotas, splitQuota } from './quotas'
import { decide } from './review'
import { seal, setSeal } from './seal'
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
  'honours.certificate': certificate,
  'honours.seal': seal,
  'honours.setSeal': setSeal,
  'honours.stories': storyList,
  'honours.story': story,
  'honours.likeStory': likeStory,
  'honours.cityStories': cityStories,
  'honours.saveStory': saveStory,
  'honours.reviewStory': reviewStory,
  'honours.export': exportHonours,
}
