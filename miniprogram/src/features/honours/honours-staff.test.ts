// Which honours pages a person's roles open in 我的, where the public pages are, and the album
// permission flow of saving a certificate (WeChat's client APIs answer as on a phone).
import Taro from '@tarojs/taro'
import type { Me } from '@contract/entities/people'
import { NOTICE_PAGE, STORY_PAGE, VERIFY_PAGE } from '@contract/entities/honours'
import { honourStaffEntries } from './staff'
import { HONOUR_ROUTES } from './routes'
import { saveCertificate } from './hooks/save-certificate'

const unit = (id: string, type: 'city' | 'industry' | 'grassroots') => ({ id, name: id, type })
const me = (roles: Array<[string, ReturnType<typeof unit>]>) => ({ roles: roles.map(([role, u]) => ({ role, unit: u })) }) as unknown as Pick<Me, 'roles'>

describe('honourStaffEntries', () => {
  it('offers each role its own pages and nothing more', () => {
    const keys = (m: Pick<Me, 'roles'>) => honourStaffEntries(m).map((e) => e.key)
    expect(keys(me([]))).toEqual([])
    expect(keys(me([['unit_chair', unit('u1', 'grassroots')]]))).toEqual(['honours-nominations'])
    expect(keys(me([['area_chair', unit('a1', 'industry')]]))).toEqual(['honours-review', 'honours-quotas'])
    expect(keys(me([['city_admin', unit('c', 'city')]]))).toEqual(['honours-review', 'honours-quotas', 'honours-city', 'honours-stories'])
    expect(keys(me([['judge', unit('c', 'city')]]))).toEqual([])
  })
})

describe('HONOUR_ROUTES', () => {
  it('puts every honours page, public ones included, in the package-honours subpackage', () => {
    for (const p of [NOTICE_PAGE, STORY_PAGE, `/${VERIFY_PAGE}`]) expect(p).toMatch(/^\/package-honours\/pages\/[a-z-]+\/index$/)
    expect(HONOUR_ROUTES.verify('2027-0001-K7QM')).toBe('/package-honours/pages/verify/index?no=2027-0001-K7QM')
    expect(HONOUR_ROUTES.story('story-1')).toBe('/package-honours/pages/story/index?id=story-1')
    expect(HONOUR_ROUTES.nominate('u 1', 'n1')).toBe('/package-honours/pages/nominate/index?unitId=u%201&id=n1')
  })
})

describe('saveCertificate', () => {
  afterEach(() => jest.restoreAllMocks())
  const phone = (auth: Record<string, boolean>, save: () => Promise<unknown>) => {
    jest.spyOn(Taro, 'getSetting').mockResolvedValue({ authSetting: auth, errMsg: 'getSetting:ok' } as never)
    jest.spyOn(Taro, 'downloadFile').mockResolvedValue({ statusCode: 200, tempFilePath: 'wxfile://tmp/cert.png', errMsg: 'ok' } as never)
    const saveImage = jest.spyOn(Taro, 'saveImageToPhotosAlbum').mockImplementation(save as never)
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
    const openSetting = jest.spyOn(Taro, 'openSetting').mockResolvedValue({ authSetting: {}, errMsg: 'ok' } as never)
    return { saveImage, modal, openSetting }
  }

  it('saves the downloaded image when the album may be written', async () => {
    const p = phone({}, () => Promise.resolve({ errMsg: 'saveImageToPhotosAlbum:ok' }))
    expect(await saveCertificate('https://tmp.example/cert.png')).toBe('saved')
    expect(p.saveImage).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/cert.png' })
    expect(p.openSetting).not.toHaveBeenCalled()
  })

  it('after a refusal, explains and opens the settings page instead of failing silently', async () => {
    const p = phone({ 'scope.writePhotosAlbum': false }, () => Promise.resolve({}))
    expect(await saveCertificate('https://tmp.example/cert.png')).toBe('denied')
    expect(p.saveImage).not.toHaveBeenCalled()
    expect(p.modal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '去设置' }))
    expect(p.openSetting).toHaveBeenCalled()
  })

  it('a refusal at the prompt itself leads to the settings page too', async () => {
    const p = phone({}, () => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }))
    expect(await saveCertificate('https://tmp.example/cert.png')).toBe('denied')
    expect(p.openSetting).toHaveBeenCalled()
  })
})
