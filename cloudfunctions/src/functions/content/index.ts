// Cloud function `content`: receives WeChat's message pushes about content checks (configure message
// push for wxa_media_check to this function) and, on its timer, re-checks what waits too long and deletes
// the list exports older than a day. It has no actions a person can call.
import { onMediaCheck } from '../../domains/content/push'
import { recheckMedia } from '../../domains/content/recheck'
import { deleteOldExports } from '../../lib/export-file'
import { createFunction } from '../../lib/handler'
import { MEDIA_RECHECK_TRIGGER } from '../index'

export const main = createFunction(
  'content',
  {},
  {
    pushes: { wxa_media_check: onMediaCheck },
    timers: {
      [MEDIA_RECHECK_TRIGGER]: async () => ({ ...(await recheckMedia()), exportsDeleted: await deleteOldExports(Date.now()) }),
    },
  },
)
