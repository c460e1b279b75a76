// Cloud function `people`: a person's own record, profile and joining a unit.
import { peopleHandlers } from '../../domains/people/handlers'
import { createFunction } from '../../lib/handler'

export const main = createFunction('people', peopleHandlers)
