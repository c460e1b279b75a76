/**
 * The image-picker tests' harness: image-picker under miniprogram-simulate: the component's own index.json/.wxml/.wxss/.js, the WXML
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
// One object for the whole file, refilled before each test: the tests and the fakes read the same one.
const platform = {}

function createPlatform(p) {
  Object.keys(p).forEach((k) => delete p[k])
  Object.assign(p, { chooses: [], uploads: [], modals: [], holdCompressions: false, heldCompressions: [] })

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
  createPlatform(platform)
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

module.exports = { CLOUD_DIR, MB, addTile, all, chooseAndPick, draft, last, mount, photo, platform, settle, tap, texts, tileTexts }
