// Cloud function `competition`: labour competitions, skill contests, sports and training (R4).
import { competitionHandlers } from '../../domains/competition/handlers'
import { createFunction } from '../../lib/handler'

export const main = createFunction('competition', competitionHandlers)
