// Cloud function `org`: the union tree, members, join requests, invites and roles.
import { orgHandlers } from '../../domains/org/handlers'
import { createFunction } from '../../lib/handler'

export const main = createFunction('org', orgHandlers)
