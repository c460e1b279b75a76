// The `competition` function's handlers (R4): organising, signing up, reviewing, checking in, results.
import type { Handlers } from '../../lib/handler'
import { areaProgress, detail, list, mySignups, teammates, ticket } from './browse'
import { cancel, closeSignup, create, manageList, publish, publishResults, update } from './manage'
import { checkIn, decide, exportSignups, listSignups } from './organizer'
import { signup, withdraw } from './signup'

export const competitionHandlers: Handlers<'competition'> = {
  'competition.list': list,
  'competition.detail': detail,
  'competition.manageList': manageList,
  'competition.create': create,
  'competition.update': update,
  'competition.publish': publish,
  'competition.closeSignup': closeSignup,
  'competition.cancel': cancel,
  'competition.publishResults': publishResults,
  'competition.signup': signup,
  'competition.teammates': teammates,
  'competition.withdraw': withdraw,
  'competition.mySignups': mySignups,
  'competition.ticket': ticket,
  'competition.signups': listSignups,
  'competition.decide': decide,
  'competition.checkIn': checkIn,
  'competition.export': exportSignups,
  'competition.areaProgress': areaProgress,
}
