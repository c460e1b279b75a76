/**
 * image-picker under miniprogram-simulate, choosing and uploading: progress, failure and retry,
 * size and compression, the upload queue, leaving the page. The harness (test-harness.js) fakes only
 * the wx.* platform APIs and hands control to the test.
 */
const { CLOUD_DIR, MB, addTile, all, chooseAndPick, draft, last, mount, photo, platform, settle, tap, texts, tileTexts } = require('./test-harness')

describe('image-picker uploads', () => {
  test('shows the add tile with a count and pre-fills from value without emitting change', async () => {
    const { comp, changes } = mount({ value: draft(2) })

    expect(tileTexts(comp)).toHaveLength(2)
    expect(texts(comp, '.ip-add-text')).toEqual(['添加图片'])
    expect(texts(comp, '.ip-add-count')).toEqual(['2/9'])
    expect(texts(comp, '.ip-percent')).toEqual([])
    expect(changes).toEqual([])

    // The page echoing the same list back (controlled use) changes nothing.
    comp.setData({ value: draft(2) })
    expect(tileTexts(comp)).toHaveLength(2)

    // A draft that arrives later (loaded after the page rendered) replaces the list.
    comp.setData({ value: draft(3) })
    expect(tileTexts(comp)).toHaveLength(3)
    expect(texts(comp, '.ip-add-count')).toEqual(['3/9'])
    expect(changes).toEqual([])
  })

  test('uploads two chosen images at once, shows each percent as it arrives, emits both in the chosen order', async () => {
    const { comp, changes } = mount()

    const choose = await chooseAndPick(comp, [photo('first.png'), photo('second.jpeg')])
    expect(choose.options).toMatchObject({
      count: 9,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed'],
    })

    expect(wx.cloud.uploadFile).toHaveBeenCalledTimes(2)
    const [a, b] = platform.uploads
    expect(a.options.filePath).toBe('wxfile://tmp/first.png')
    expect(b.options.filePath).toBe('wxfile://tmp/second.jpeg')
    expect(a.options.cloudPath.startsWith(CLOUD_DIR)).toBe(true)
    expect(a.options.cloudPath).toMatch(/\.png$/)
    expect(b.options.cloudPath).toMatch(/\.jpeg$/)
    expect(a.options.cloudPath).not.toBe(b.options.cloudPath)
    // Small files are not recompressed.
    expect(wx.compressImage).not.toHaveBeenCalled()

    expect(tileTexts(comp)).toEqual(['上传中0%×', '上传中0%×'])
    expect(changes[0]).toEqual({ items: [], uploading: true, failed: 0 })

    a.progress(30)
    expect(texts(comp, '.ip-percent')).toEqual(['30%', '0%'])
    b.progress(12.6)
    expect(texts(comp, '.ip-percent')).toEqual(['30%', '13%'])
    a.progress(75)
    expect(texts(comp, '.ip-percent')).toEqual(['75%', '13%'])
    expect(all(comp, '.ip-bar-fill')[0].dom.getAttribute('style')).toContain('width: 75%')
    // Progress alone is not a change for the page.
    expect(changes).toHaveLength(1)

    // The second file finishes first; the list still follows the user's order.
    b.succeed('cloud://env.bucket/works/5f2c9a/second.jpeg')
    expect(last(changes)).toEqual({
      items: [{ fileID: 'cloud://env.bucket/works/5f2c9a/second.jpeg', url: 'cloud://env.bucket/works/5f2c9a/second.jpeg' }],
      uploading: true,
      failed: 0,
    })
    a.succeed('cloud://env.bucket/works/5f2c9a/first.png')
    expect(last(changes)).toEqual({
      items: [
        { fileID: 'cloud://env.bucket/works/5f2c9a/first.png', url: 'cloud://env.bucket/works/5f2c9a/first.png' },
        { fileID: 'cloud://env.bucket/works/5f2c9a/second.jpeg', url: 'cloud://env.bucket/works/5f2c9a/second.jpeg' },
      ],
      uploading: false,
      failed: 0,
    })
    expect(texts(comp, '.ip-percent')).toEqual([])
    expect(texts(comp, '.ip-state')).toEqual([])
    expect(texts(comp, '.ip-add-count')).toEqual(['2/9'])
  })

  test('a failed upload shows 上传失败, and 重试 re-uploads only that file to the same path', async () => {
    const { comp, changes, errors } = mount()
    await chooseAndPick(comp, [photo('ok.jpg'), photo('flaky.jpg')])
    const [ok, flaky] = platform.uploads

    ok.progress(50)
    flaky.progress(40)
    flaky.fail()
    expect(tileTexts(comp)).toEqual(['上传中50%×', '上传失败重试×'])
    expect(last(changes)).toEqual({ items: [], uploading: true, failed: 1 })
    expect(errors).toEqual([{ code: 'UPLOAD_FAILED', message: expect.stringContaining('重试') }])
    // The tile says it; no extra toast on top.
    expect(wx.showToast).not.toHaveBeenCalled()

    ok.succeed('cloud://x/ok.jpg')
    expect(last(changes)).toEqual({ items: [{ fileID: 'cloud://x/ok.jpg', url: 'cloud://x/ok.jpg' }], uploading: false, failed: 1 })

    await tap(comp.querySelector('.ip-retry'))
    await settle()
    expect(wx.cloud.uploadFile).toHaveBeenCalledTimes(3)
    const retry = platform.uploads[2]
    expect(retry.options.filePath).toBe('wxfile://tmp/flaky.jpg')
    expect(retry.options.cloudPath).toBe(flaky.options.cloudPath)
    expect(tileTexts(comp)[1]).toBe('上传中0%×')
    expect(last(changes)).toEqual({ items: [{ fileID: 'cloud://x/ok.jpg', url: 'cloud://x/ok.jpg' }], uploading: true, failed: 0 })

    // Late events from the failed attempt must not touch the retried file.
    flaky.progress(90)
    flaky.succeed('cloud://x/stale.jpg')
    expect(texts(comp, '.ip-percent')).toEqual(['0%'])
    expect(last(changes).failed).toBe(0)
    expect(last(changes).items).toHaveLength(1)
    retry.progress(60)
    expect(texts(comp, '.ip-percent')).toEqual(['60%'])
    retry.succeed('cloud://x/flaky.jpg')
    expect(last(changes)).toEqual({
      items: [
        { fileID: 'cloud://x/ok.jpg', url: 'cloud://x/ok.jpg' },
        { fileID: 'cloud://x/flaky.jpg', url: 'cloud://x/flaky.jpg' },
      ],
      uploading: false,
      failed: 0,
    })
  })

  test('a file over maxSizeMb is refused with a Chinese toast and never uploaded', async () => {
    const { comp, changes, errors } = mount({ maxSizeMb: 10 })
    await chooseAndPick(comp, [photo('huge.jpg', 11 * MB)])

    expect(wx.cloud.uploadFile).not.toHaveBeenCalled()
    expect(wx.compressImage).not.toHaveBeenCalled()
    expect(wx.showToast).toHaveBeenCalledTimes(1)
    expect(wx.showToast.mock.calls[0][0]).toMatchObject({ title: '图片不能超过10MB，请换一张', icon: 'none' })
    expect(errors).toEqual([{ code: 'TOO_LARGE', message: '图片不能超过10MB，请换一张' }])
    expect(changes).toEqual([])
    expect(tileTexts(comp)).toEqual([])
    expect(texts(comp, '.ip-add-count')).toEqual(['0/9'])
  })

  test('in a mixed pick only the allowed files upload; files above 1 MB are compressed at quality 80 first', async () => {
    const { comp, errors } = mount({ maxSizeMb: 5 })
    await chooseAndPick(comp, [photo('big.jpg', 3 * MB), photo('huge.jpg', 6 * MB), photo('small.jpg', 200 * 1024)])

    expect(errors).toEqual([{ code: 'TOO_LARGE', message: '有1张图片超过5MB，未添加' }])
    expect(wx.compressImage).toHaveBeenCalledTimes(1)
    expect(wx.compressImage.mock.calls[0][0]).toMatchObject({ src: 'wxfile://tmp/big.jpg', quality: 80 })
    expect(platform.uploads.map((u) => u.options.filePath)).toEqual(['wxfile://tmp/small.jpg', 'wxfile://tmp/big-small.jpg'])
    expect(tileTexts(comp)).toHaveLength(2)
  })

  test('when compression fails the original file is uploaded', async () => {
    platform.compressFails = true
    const { comp } = mount()
    await chooseAndPick(comp, [photo('big.jpg', 2 * MB)])
    expect(platform.uploads.map((u) => u.options.filePath)).toEqual(['wxfile://tmp/big.jpg'])
  })

  test('a file removed while it is being compressed is never uploaded', async () => {
    platform.holdCompressions = true
    const { comp, changes } = mount()
    await chooseAndPick(comp, [photo('big.jpg', 4 * MB)])
    expect(texts(comp, '.ip-state')).toEqual(['上传中'])

    await tap(all(comp, '.ip-remove')[0])
    platform.modals[0].confirm()
    platform.heldCompressions.forEach((finish) => finish())
    await settle()
    expect(wx.cloud.uploadFile).not.toHaveBeenCalled()
    expect(last(changes)).toEqual({ items: [], uploading: false, failed: 0 })
  })

  test('removing a file that is still uploading aborts it and ignores its late result', async () => {
    const { comp, changes } = mount()
    await chooseAndPick(comp, [photo('a.jpg'), photo('b.jpg')])
    const [a, b] = platform.uploads

    await tap(all(comp, '.ip-remove')[0])
    platform.modals[0].confirm()
    expect(a.abort).toHaveBeenCalled()
    expect(last(changes)).toEqual({ items: [], uploading: true, failed: 0 })

    const count = changes.length
    a.progress(80)
    a.succeed('cloud://x/a.jpg')
    expect(changes).toHaveLength(count)
    b.succeed('cloud://x/b.jpg')
    expect(last(changes)).toEqual({ items: [{ fileID: 'cloud://x/b.jpg', url: 'cloud://x/b.jpg' }], uploading: false, failed: 0 })
  })

  test('leaving the page aborts uploads in flight and reports nothing afterwards', async () => {
    const { comp, changes } = mount()
    await chooseAndPick(comp, [photo('a.jpg')])
    const count = changes.length

    comp.detach()
    expect(platform.uploads[0].abort).toHaveBeenCalled()
    platform.uploads[0].succeed('cloud://x/a.jpg')
    expect(changes).toHaveLength(count)
  })

  test('cancelling the album is not an error; a refused permission is', async () => {
    const { comp, changes, errors } = mount()

    await tap(addTile(comp))
    platform.chooses[0].cancel()
    await settle()
    expect(errors).toEqual([])
    expect(changes).toEqual([])
    expect(wx.showToast).not.toHaveBeenCalled()

    // The picker is usable again after a cancel.
    await tap(addTile(comp))
    expect(wx.chooseMedia).toHaveBeenCalledTimes(2)
    platform.chooses[1].fail('chooseMedia:fail privacy permission is not authorized')
    expect(errors).toEqual([{ code: 'NO_PERMISSION', message: '没有相册或相机权限，请在设置中允许后再试' }])
    expect(wx.showToast.mock.calls[0][0].title).toBe('没有相册或相机权限，请在设置中允许后再试')

    await tap(addTile(comp))
    platform.chooses[2].fail('chooseMedia:fail internal error')
    expect(last(errors).code).toBe('CHOOSE_FAILED')
  })

  test('uploads at most three files at a time; the rest wait their turn', async () => {
    const { comp } = mount()
    await chooseAndPick(comp, [photo('1.jpg'), photo('2.jpg'), photo('3.jpg'), photo('4.jpg')])

    expect(wx.cloud.uploadFile).toHaveBeenCalledTimes(3)
    expect(texts(comp, '.ip-state')).toEqual(['上传中', '上传中', '上传中', '等待上传'])

    platform.uploads[1].fail()
    await settle()
    expect(wx.cloud.uploadFile).toHaveBeenCalledTimes(4)
    expect(platform.uploads[3].options.filePath).toBe('wxfile://tmp/4.jpg')
    expect(texts(comp, '.ip-state')).toEqual(['上传中', '上传失败', '上传中', '上传中'])
  })

  test('without cloudDir nothing is chosen or uploaded and the page gets an error', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {})
    const { comp, errors } = mount({ cloudDir: '' })
    await tap(addTile(comp))
    expect(wx.chooseMedia).not.toHaveBeenCalled()
    expect(errors.map((e) => e.code)).toEqual(['NO_CLOUD_DIR'])
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
  })

  test('a cloudDir without a trailing slash still yields folder/name paths', async () => {
    const { comp } = mount({ cloudDir: '/ideas/ab12' })
    await chooseAndPick(comp, [photo('a.heic')])
    expect(platform.uploads[0].options.cloudPath).toMatch(/^ideas\/ab12\/[^/]+\.heic$/)
  })
})
