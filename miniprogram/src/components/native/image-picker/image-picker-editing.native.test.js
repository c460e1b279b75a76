/**
 * image-picker under miniprogram-simulate, editing the list: max, reordering, removing, the page
 * echoing its value back, disabled, preview. The harness (test-harness.js) fakes only the wx.*
 * platform APIs and hands control to the test.
 */
const { addTile, all, chooseAndPick, draft, last, mount, photo, platform, settle, tap, texts, tileTexts } = require('./test-harness')

describe('image-picker editing', () => {
  test('respects max: chooseMedia asks only for the remaining count and the add tile goes at max', async () => {
    const { comp, changes } = mount({ value: draft(7) })
    expect(texts(comp, '.ip-add-count')).toEqual(['7/9'])

    const choose = await chooseAndPick(comp, [photo('8.jpg'), photo('9.jpg')])
    expect(choose.options.count).toBe(2)
    expect(addTile(comp)).toBeUndefined()
    expect(tileTexts(comp)).toHaveLength(9)

    // Removing one (even one still uploading) brings the add tile back.
    await tap(all(comp, '.ip-remove')[8])
    platform.modals[0].confirm()
    expect(texts(comp, '.ip-add-count')).toEqual(['8/9'])
    expect(last(changes).items).toHaveLength(7)
  })

  test('a smaller max limits choosing, and max is clamped to 1–9', async () => {
    const small = mount({ max: 3, value: draft(1) })
    expect(texts(small.comp, '.ip-add-count')).toEqual(['1/3'])
    const choose = await chooseAndPick(small.comp, [photo('a.jpg')])
    expect(choose.options.count).toBe(2)

    const big = mount({ max: 20 })
    expect(texts(big.comp, '.ip-add-count')).toEqual(['0/9'])
    await tap(addTile(big.comp))
    expect(last(platform.chooses).options.count).toBe(9)

    const zero = mount({ max: 0 })
    expect(texts(zero.comp, '.ip-add-count')).toEqual(['0/1'])
  })

  test('左移 / 右移 reorder the images and emit the new order', async () => {
    const { comp, changes } = mount({ value: draft(3) })
    const ids = (detail) => detail.items.map((it) => it.fileID.replace(/^.*\//, ''))
    const moves = () => all(comp, '.ip-move')

    expect(texts(comp, '.ip-move')).toEqual(['左移', '右移', '左移', '右移', '左移', '右移'])
    await tap(moves()[1]) // first image: 右移
    expect(ids(last(changes))).toEqual(['old-2.jpg', 'old-1.jpg', 'old-3.jpg'])
    await tap(moves()[4]) // third image: 左移
    expect(ids(last(changes))).toEqual(['old-2.jpg', 'old-3.jpg', 'old-1.jpg'])
    expect(changes).toHaveLength(2)

    // The ends do not move further and emit nothing.
    await tap(moves()[0])
    await tap(moves()[5])
    expect(changes).toHaveLength(2)

    // The preview follows the new order.
    await tap(all(comp, '.ip-thumb')[0])
    expect(wx.previewImage).toHaveBeenCalledWith({
      urls: ['https://bucket.example/old-2.jpg', 'https://bucket.example/old-3.jpg', 'https://bucket.example/old-1.jpg'],
      current: 'https://bucket.example/old-2.jpg',
    })
  })

  test('× asks 确定删除这张图片吗？ and removes only after the user confirms', async () => {
    const { comp, changes } = mount({ value: draft(2) })

    await tap(all(comp, '.ip-remove')[0])
    expect(wx.showModal).toHaveBeenCalledTimes(1)
    expect(platform.modals[0].options.content).toBe('确定删除这张图片吗？')
    platform.modals[0].cancel()
    expect(tileTexts(comp)).toHaveLength(2)
    expect(changes).toEqual([])

    await tap(all(comp, '.ip-remove')[0])
    platform.modals[1].confirm()
    expect(tileTexts(comp)).toHaveLength(1)
    expect(changes).toEqual([{ items: [draft(2)[1]], uploading: false, failed: 0 }])
  })

  test('the page echoing change.items back into value leaves files in flight where they are', async () => {
    const { comp, changes } = mount()
    await chooseAndPick(comp, [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')])
    const [a, b, c] = platform.uploads
    a.succeed('cloud://x/a.jpg')
    c.succeed('cloud://x/c.jpg')
    b.progress(40)

    comp.setData({ value: last(changes).items })
    expect(texts(comp, '.ip-state')).toEqual(['上传中'])
    expect(tileTexts(comp)[1]).toBe('上传中40%×')

    b.succeed('cloud://x/b.jpg')
    expect(last(changes).items.map((it) => it.fileID)).toEqual(['cloud://x/a.jpg', 'cloud://x/b.jpg', 'cloud://x/c.jpg'])
  })

  test('an echo arriving late (after a later upload finished) keeps the images in the order they were picked', async () => {
    const { comp, changes } = mount()
    await chooseAndPick(comp, [photo('a.jpg'), photo('b.jpg'), photo('c.jpg')])
    const [a, b, c] = platform.uploads
    c.succeed('cloud://x/c.jpg')
    const stale = last(changes).items
    a.succeed('cloud://x/a.jpg')
    // the page's echo of the first change arrives only now, then the echo of the second
    comp.setData({ value: stale })
    comp.setData({ value: last(changes).items })
    b.succeed('cloud://x/b.jpg')
    expect(last(changes).items.map((it) => it.fileID)).toEqual(['cloud://x/a.jpg', 'cloud://x/b.jpg', 'cloud://x/c.jpg'])
  })

  test('a second tap while the album is open does not open it twice', async () => {
    const { comp } = mount()
    await tap(addTile(comp))
    await tap(addTile(comp))
    expect(wx.chooseMedia).toHaveBeenCalledTimes(1)
  })

  test('disabled blocks choosing and editing; preview still works', async () => {
    const { comp, changes } = mount({ disabled: true, value: draft(2) })

    await tap(addTile(comp))
    expect(wx.chooseMedia).not.toHaveBeenCalled()
    await tap(all(comp, '.ip-remove')[0])
    expect(wx.showModal).not.toHaveBeenCalled()
    await tap(all(comp, '.ip-move')[1])
    expect(changes).toEqual([])

    await tap(all(comp, '.ip-thumb')[1])
    expect(wx.previewImage).toHaveBeenCalledTimes(1)

    comp.setData({ disabled: false })
    await tap(addTile(comp))
    expect(wx.chooseMedia).toHaveBeenCalledTimes(1)
  })

  test('files chosen before the page disables the picker wait, and upload once it is enabled again', async () => {
    const { comp } = mount()
    await tap(addTile(comp))
    comp.setData({ disabled: true })
    platform.chooses[0].pick([photo('a.jpg')])
    await settle()
    expect(wx.cloud.uploadFile).not.toHaveBeenCalled()
    expect(tileTexts(comp)).toEqual(['等待上传×'])

    comp.setData({ disabled: false })
    await settle()
    expect(wx.cloud.uploadFile).toHaveBeenCalledTimes(1)
  })

  test('preview shows the finished images only, starting at the tapped one', async () => {
    const { comp } = mount({ value: [{ fileID: 'cloud://x/no-url.jpg' }] })
    await chooseAndPick(comp, [photo('done.jpg'), photo('busy.jpg')])
    platform.uploads[0].succeed('cloud://x/done.jpg')

    await tap(all(comp, '.ip-thumb')[2]) // still uploading: nothing to preview yet
    expect(wx.previewImage).not.toHaveBeenCalled()

    await tap(all(comp, '.ip-thumb')[1])
    expect(wx.previewImage).toHaveBeenCalledWith({
      // A draft item without url shows through its fileID; a fresh upload from its local file.
      urls: ['cloud://x/no-url.jpg', 'wxfile://tmp/done.jpg'],
      current: 'wxfile://tmp/done.jpg',
    })
  })
})
