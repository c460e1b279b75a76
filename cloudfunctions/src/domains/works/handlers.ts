// The `works` function's handlers (R5): the author's drafts and submissions, the chairs' review up the
// tree, the city union's exhibition of 100, and the public gallery with likes.
import type { Handlers } from '../../lib/handler'
import { deleteDraft, myWork, myWorks, saveDraft, submit } from './author'
import { select, selectionPool, withdrawSelection } from './exhibition'
import { exportWorks } from './export'
import { detail, gallery, like, unlike } from './gallery'
import { reviewHistory } from './history'
import { recommend, reject, reviewQueue } from './review'

export const worksHandlers: Handlers<'works'> = {
  'works.gallery': gallery,
  'works.detail': detail,
  'works.like': like,
  'works.unlike': unlike,
  'works.saveDraft': saveDraft,
  'works.submit': submit,
  'works.deleteDraft': deleteDraft,
  'works.myWorks': myWorks,
  'works.myWork': myWork,
  'works.reviewQueue': reviewQueue,
  'works.reviewHistory': reviewHistory,
  'works.recommend': recommend,
  'works.reject': reject,
  'works.selectionPool': selectionPool,
  'works.select': select,
  'works.withdrawSelection': withdrawSelection,
  'works.export': exportWorks,
}
