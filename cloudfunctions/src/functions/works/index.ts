// Cloud function `works`: workers' works, the chairs' selection and the city union's exhibition (R5).
import { worksHandlers } from '../../domains/works/handlers'
import { createFunction } from '../../lib/handler'

export const main = createFunction('works', worksHandlers)
