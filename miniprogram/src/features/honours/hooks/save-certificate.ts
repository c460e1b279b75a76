// Saving the certificate image to the phone's album with WeChat's permission flow: the first save asks
// for scope.writePhotosAlbum (saveImageToPhotosAlbum prompts by itself); once the person has refused,
// WeChat no longer prompts and every save fails with "auth deny", so the page explains why and opens
// the settings page, where they can allow it
// (https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html,
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html).
// H5 has no album: the page offers a download link instead (see CertificateCard).
import Taro from '@tarojs/taro'
import { MINE_TEXT as T } from '../text'

export type SaveOutcome = 'saved' | 'denied' | 'failed'

const isDenied = (e: unknown) => /auth|deny|denied|authorize/i.test(String((e as { errMsg?: string })?.errMsg ?? e))

/** Downloads `url` and saves it to the album; on a refused permission, offers the settings page. */
export async function saveCertificate(url: string): Promise<SaveOutcome> {
  const setting = await Taro.getSetting().catch(() => undefined)
  if (setting?.authSetting['scope.writePhotosAlbum'] === false) return askForSetting()
  try {
    const file = await Taro.downloadFile({ url })
    if (file.statusCode !== 200) return 'failed'
    await Taro.saveImageToPhotosAlbum({ filePath: file.tempFilePath })
    await Taro.showToast({ title: T.saved, icon: 'success' })
    return 'saved'
  } catch (e) {
    if (isDenied(e)) return askForSetting()
    return 'failed'
  }
}

async function askForSetting(): Promise<SaveOutcome> {
  const answer = await Taro.showModal({ title: T.denied, content: T.deniedHint, confirmText: T.openSetting })
  if (answer.confirm) await Taro.openSetting()
  return 'denied'
}
