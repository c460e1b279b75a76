/**
 * image-picker inside a host that binds it the way Taro 4.2.1's weapp build does. For a native
 * component listed in a page's `usingComponents`, Taro writes into base.wxml (seen in a real build):
 *
 *   <image-picker max="{{i.max}}" cloudDir="{{i.cloudDir}}" value="{{i.value}}"
 *     maxSizeMb="{{i.maxSizeMb}}" disabled="{{i.disabled}}" bindchange="eh" binderror="eh"
 *     id="{{i.uid||i.sid}}" data-sid="{{i.sid}}">
 *
 * i.e. camelCase attribute names straight from the JSX props, and every event to one handler `eh`.
 * The host here is a throwaway native component written to a temp folder; WeChat's wcc compiles
 * both templates and exparser connects them, so this checks the attribute names and the event
 * wiring, not just the component on its own.
 */
const fs = require('fs')
const os = require('os')
const path = require('path')
const simulate = require('miniprogram-simulate')

const PICKER_DIR = __dirname
const HOST_TEMPLATE = `<image-picker max="{{i.max}}" cloudDir="{{i.cloudDir}}" value="{{i.value}}" maxSizeMb="{{i.maxSizeMb}}" disabled="{{i.disabled}}" bindchange="eh" binderror="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></image-picker>`

let hostDir
let hostId
let saved

beforeAll(() => {
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-picker-host-'))
  const pickerFromHost = path.relative(hostDir, path.join(PICKER_DIR, 'index')).split(path.sep).join('/')
  fs.writeFileSync(path.join(hostDir, 'index.json'), JSON.stringify({ component: true, usingComponents: { 'image-picker': pickerFromHost } }))
  fs.writeFileSync(path.join(hostDir, 'index.wxml'), HOST_TEMPLATE)
  fs.writeFileSync(path.join(hostDir, 'index.wxss'), '')
  // What Taro's runtime does with `eh`, reduced to recording: the page sees the event object.
  fs.writeFileSync(
    path.join(hostDir, 'index.js'),
    `Component({
      data: { i: { sid: 'n_1', max: 2, cloudDir: 'ideas/9a8b/', value: [], maxSizeMb: 1, disabled: false } },
      methods: {
        eh: function (e) { (this.events = this.events || []).push({ type: e.type, detail: e.detail }) }
      }
    })`,
  )
  hostId = simulate.load(path.join(hostDir, 'index'), 'taro-page')
})

afterAll(() => {
  fs.rmSync(hostDir, { recursive: true, force: true })
})

beforeEach(() => {
  saved = { chooseMedia: wx.chooseMedia, showToast: wx.showToast, cloud: wx.cloud }
})

afterEach(() => {
  Object.assign(wx, saved)
})

test('camelCase attributes reach the properties and change/error reach the host handler', async () => {
  const chooses = []
  const uploads = []
  wx.chooseMedia = jest.fn((options) => chooses.push(options))
  wx.cloud = {
    uploadFile: jest.fn((options) => {
      uploads.push(options)
      return { onProgressUpdate() {}, abort() {} }
    }),
  }

  const host = simulate.render(hostId)
  host.attach(document.createElement('parent-wrapper'))
  const picker = host.querySelector('#n_1')
  expect(picker).toBeDefined()

  // max="{{i.max}}" → at most 2; none chosen yet.
  expect(picker.querySelector('.ip-add-count').dom.textContent).toBe('0/2')

  picker.querySelector('.ip-add').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(chooses).toHaveLength(1)
  expect(chooses[0].count).toBe(2)

  // maxSizeMb="{{i.maxSizeMb}}" (1 MB) refuses a 2 MB photo; cloudDir="{{i.cloudDir}}" names the
  // folder of the one that is allowed.
  wx.showToast = jest.fn()
  chooses[0].success({
    tempFiles: [
      { tempFilePath: 'wxfile://tmp/big.jpg', size: 2 * 1024 * 1024, fileType: 'image' },
      { tempFilePath: 'wxfile://tmp/ok.jpg', size: 1000, fileType: 'image' },
    ],
  })
  await simulate.sleep(5)
  expect(uploads).toHaveLength(1)
  expect(uploads[0].cloudPath).toMatch(/^ideas\/9a8b\/[^/]+\.jpg$/)

  const events = host.instance.events
  expect(events.map((e) => e.type)).toEqual(['change', 'error'])
  expect(events[0].detail).toEqual({ items: [], uploading: true, failed: 0 })
  expect(events[1].detail).toEqual({ code: 'TOO_LARGE', message: '有1张图片超过1MB，未添加' })

  // disabled="{{i.disabled}}" from the host's data blocks the add tile.
  host.setData({ 'i.disabled': true })
  picker.querySelector('.ip-add').dispatchEvent('tap')
  await simulate.sleep(0)
  expect(chooses).toHaveLength(1)
})
