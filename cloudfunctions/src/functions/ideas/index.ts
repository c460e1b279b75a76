// Cloud function `ideas`: golden ideas (R6) — submit, unit review, blind panel scoring, adoption and
// awards, the public showcase.
import { ideasHandlers } from '../../domains/ideas/handlers'
import { createFunction } from '../../lib/handler'

export const main = createFunction('ideas', ideasHandlers)
