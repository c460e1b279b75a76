// The `ideas` function's handlers (R6, 展职工智慧): submitting, unit review, blind judging by panels,
// adoption and awards, the public showcase, and similar-idea hints throughout.
import type { Handlers } from '../../lib/handler'
import { discardDraft, findCoAuthor, mine, myDetail, saveDraft, similar, submit } from './author'
import { adopt, assign, cityDetail, cityQueue, decline, judges, listPanels, merge, savePanel, setImplemented } from './city'
import { exportIdeas } from './export'
import { judgeDetail, judgeQueue, score } from './judging'
import { decide, reviewDetail, reviewQueue } from './review'
import { showcase, showcaseDetail } from './showcase'

export const ideasHandlers: Handlers<'ideas'> = {
  'ideas.showcase': showcase,
  'ideas.showcaseDetail': showcaseDetail,
  'ideas.saveDraft': saveDraft,
  'ideas.submit': submit,
  'ideas.discardDraft': discardDraft,
  'ideas.mine': mine,
  'ideas.myDetail': myDetail,
  'ideas.similar': similar,
  'ideas.findCoAuthor': findCoAuthor,
  'ideas.reviewQueue': reviewQueue,
  'ideas.reviewDetail': reviewDetail,
  'ideas.decide': decide,
  'ideas.judgeQueue': judgeQueue,
  'ideas.judgeDetail': judgeDetail,
  'ideas.score': score,
  'ideas.judges': judges,
  'ideas.panels': listPanels,
  'ideas.savePanel': savePanel,
  'ideas.cityQueue': cityQueue,
  'ideas.cityDetail': cityDetail,
  'ideas.assign': assign,
  'ideas.adopt': adopt,
  'ideas.decline': decline,
  'ideas.setImplemented': setImplemented,
  'ideas.merge': merge,
  'ideas.export': exportIdeas,
}
