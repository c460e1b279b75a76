// Cloud function `content`: receives WeChat's message pushes about content checks (configure message
// push for wxa_media_check to this function) and, on its timer, re-checks what waits too long. It has
// no actions a person can call.
import { onMediaCheck } from '../../domains/content/push'
import { recheckMedia } from '../../domains/content/recheck'
import { createFunction } from '../../lib/handler'
import { MEDIA_RECHECK_TRIGGER } from '../index'

export const main = createFunction('content', {}, { pushes: { wxa_media_check: onMediaCheck }, timers: { [MEDIA_RECHECK_TRIGGER]: () => recheckMedia() } })
