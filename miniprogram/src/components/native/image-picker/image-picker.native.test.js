/**
 * image-picker under miniprogram-simulate: the component's own index.json/.wxml/.wxss/.js, the WXML
 * compiled by WeChat's wcc, rendered by exparser in jsdom. Only the wx.* platform APIs are faked
 * (album, compression, cloud upload, modal, toast, preview); each fake hands control to the test, so
 * the test decides when a file is picked, how far an upload has got and whether it succeeds.
 */
const path = require('path')
const simulate = require('miniprogram-simulate')

const MB = 1024 * 1024
const CLOUD_DIR = 'works/5f2c9a/'

// Loaded once per file: simulate.load runs the component JS through require(), and jest's module
// registry keeps the first copy, so a second load of the same path would never call Component().
let componentId
beforeAll(() => {
  componentId = simulate.load(path.join(__dirname, 'index'), 'image-picker')
})

// ---------------------------------------------------------------------------------------------
// The platform edge: fakes for the wx APIs the component calls.

const FAKED = ['chooseMedia', 'compressImage', 'showModal', 'showToast', 'previewImage']
let saved
let platform

function createPlatform() {
  const p = { chooses: [], uploads: [], modals: [], holdCompressions: false, heldCompressions: [] }

  p.wx = {
    chooseMedia: jest.fn((options) => {
      p.chooses.push({
        options,
        pick: (tempFiles) => options.success({ tempFiles, type: 'image', errMsg: 'chooseMedia:ok' }),
        cancel: () => options.fail({ errMsg: 'chooseMedia:fail cancel' }),
        fail: (errMsg) => options.fail({ errMsg }),
      })
    }),
    // Asynchronous like the real API: the result arrives after the call returns, or when the test
    // says so if it holds compressions back.
    compressImage: jest.fn((options) => {
      const finish = () => {
        if (p.compressFails) options.fail({ errMsg: 'compressImage:fail' })
        else options.success({ tempFilePath: options.src.replace(/\.\w+$/, '') + '-small.jpg', errMsg: 'compressImage:ok' })
      }
      if (p.holdCompressions) p.heldCompressions.push(finish)
      else Promise.resolve().then(finish)
    }),
    showModal: jest.fn((options) => {
      p.modals.push({
        options,
        confirm: () => options.success({ confirm: true, cancel: false, errMsg: 'showModal:ok' }),
        cancel: () => options.success({ confirm: false, cancel: true, errMsg: 'showModal:ok' }),
      })
    }),
    showToast: jest.fn(),
    previewImage: jest.fn(),
  }

  // wx.cloud.uploadFile with callbacks returns an UploadTask; the test drives its progress.
  p.cloud = {
    uploadFile: jest.fn((options) => {
      const listeners = []
      const task = {
        options,
        aborted: false,
        onProgressUpdate: (fn) => listeners.push(fn),
        offProgressUpdate: () => {},
        abort: jest.fn(() => {
          task.aborted = true
        }),
        progress: (percent) => listeners.forEach((fn) => fn({ progress: percent, totalBytesSent: percent * 1000, totalBytesExpectedToSend: 100000 })),
        succeed: (fileID) => options.success({ fileID, statusCode: 204, errMsg: 'cloud.uploadFile:ok' }),
        fail: () => options.fail({ errMsg: 'cloud.uploadFile:fail request:fail timeout' }),
      }
      p.uploads.push(task)
      return task
    }),
  }
  return p
}

beforeEach(() => {
  saved = { cloud: wx.cloud }
  FAKED.forEach((name) => {
    saved[name] = wx[name]
  })
  platform = createPlatform()
  Object.assign(wx, platform.wx)
  wx.cloud = platform.cloud
})

afterEach(() => {
  Object.assign(wx, saved)
})

// ---------------------------------------------------------------------------------------------
// Helpers

function photo(name, size = 300 * 1024) {
  return { tempFilePath: `wxfile://tmp/${name}`, size, fileType: 'image' }
}

function mount(props = {}) {
  const comp = simulate.render(componentId, Object.assign({ cloudDir: CLOUD_DIR }, props))
  comp.attach(document.createElement('parent-wrapper'))
  const changes = []
  const errors = []
  comp.addEventListener('change', (e) => changes.push(e.detail))
  comp.addEventListener('error', (e) => errors.push(e.detail))
  return { comp, changes, errors }
}

// Lets queued callbacks and timers (compression results, the next upload start) run.
const settle = () => simulate.sleep(5)

const all = (comp, selector) => comp.querySelectorAll(selector)
const texts = (comp, selector) => all(comp, selector).map((n) => n.dom.textContent.trim())
const addTile = (comp) => comp.querySelector('.ip-add')
// j-component delivers a dispatched event on a later microtask (it mimics the platform's
// asynchronous event delivery), so a tap has to be awaited before its effect can be seen.
async function tap(node) {
  node.dispatchEvent('tap')
  await simulate.sleep(0)
}
const last = (list) => list[list.length - 1]

// Text of each image tile (the add tile excluded), in screen order.
function tileTexts(comp) {
  return all(comp, '.ip-tile').map((n) => n.dom.textContent.replace(/\s+/g, ''))
}

async function chooseAndPick(comp, files) {
  await tap(addTile(comp))
  const choose = last(platform.chooses)
  choose.pick(files)
  await settle()
  return choose
}

function draft(n) {
  return Array.from({ length: n }, (_, i) => ({
    fileID: `cloud://env.bucket/${CLOUD_DIR}old-${i + 1}.jpg`,
    url: `https://bucket.example/old-${i + 1}.jpg`,
  }))
}

// ---------------------------------------------------------------------------------------------

describe('image-picker', () => {
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
