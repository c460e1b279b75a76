// Cloud function `content`: receives WeChat's message pushes about content checks (configure message
// push for wxa_media_check to this function). It has no actions a person can call.
import { onMediaCheck } from '../../domains/content/push'
import { createFunction } from '../../lib/handler'

export const main = createFunction('content', {}, { wxa_media_check: onMediaCheck })
