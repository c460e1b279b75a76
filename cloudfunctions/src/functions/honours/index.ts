// Cloud function `honours`: 展职工风采 — quotas, nominations, review, the public notice with objections,
// commendation and certificate verification (R3, R2).
import { honoursHandlers } from '../../domains/honours/handlers'
import { createFunction } from '../../lib/handler'

export const main = createFunction('honours', honoursHandlers)
