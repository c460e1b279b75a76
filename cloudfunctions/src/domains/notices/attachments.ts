// A notice's attachments are measured where they are stored, never by what the client says: the picker
// cannot cap a file's size (wx.chooseMessageFile only reports it) and a client can upload anything to its
// own folder. Each file is read back from storage, all at once, and its bytes counted.
import { NOTICE_LIMITS } from '../../../../types/limits/notices'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'

/** Refuses the first attachment over the cap (NOTICE.ATTACHMENT_TOO_LARGE), naming it. */
export async function requireAttachmentSizes(fileIds: string[]): Promise<void> {
  const sizes = await Promise.all(
    fileIds.map(async (fileID) => {
      const res = (await cloud.downloadFile({ fileID })) as { fileContent?: Buffer }
      return res.fileContent?.length ?? 0
    }),
  )
  const over = sizes.findIndex((bytes) => bytes > NOTICE_LIMITS.attachmentMaxBytes)
  if (over >= 0) {
    const message = `第 ${over + 1} 个附件超过 ${NOTICE_LIMITS.attachmentMaxMb} MB，请压缩或拆分后再上传`
    throw new AppError('NOTICE.ATTACHMENT_TOO_LARGE', message, [{ path: `attachments.${over}`, message }])
  }
}
