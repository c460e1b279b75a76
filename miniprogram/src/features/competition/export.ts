// Opening the organiser's Excel list (competition.export answers a temporary link to an .xlsx).
// weapp: download it, then open it in WeChat's document viewer, whose menu (showMenu) lets the
// chair forward it to a chat or save it. H5 (local only): the browser opens the link itself.
// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html
import Taro from '@tarojs/taro'
import { ERROR_MESSAGES, type Result } from '@contract/errors'

const failed = (): Result<never> => ({ ok: false, error: { code: 'COMMON.NETWORK', message: ERROR_MESSAGES['COMMON.NETWORK'] } })

export async function openSpreadsheet(fileUrl: string): Promise<Result<null>> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      window.open(fileUrl, '_blank')
      return { ok: true, data: null }
    }
    const downloaded = await Taro.downloadFile({ url: fileUrl })
    if (downloaded.statusCode !== 200) return failed()
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: 'xlsx', showMenu: true })
    return { ok: true, data: null }
  } catch {
    return failed()
  }
}
