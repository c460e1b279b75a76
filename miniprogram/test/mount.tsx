// Mounting components in the mini project's tests: each test starts on an empty page, and every
// tree a test mounted is unmounted after it (Taro's test utils spell that `unmout`).
import TestUtils from '@tarojs/test-utils-react'

/** Registers the clean-up for this test file and returns its `mount`: the page's text and the utils to fire events with. */
export function mounter() {
  let mounted: TestUtils[] = []
  afterEach(() => {
    mounted.forEach((u) => u.unmout())
    mounted = []
    document.body.innerHTML = ''
  })
  return async (node: JSX.Element) => {
    document.body.innerHTML = ''
    const utils = new TestUtils()
    mounted.push(utils)
    await utils.mount(() => node)
    return { text: document.body.textContent ?? '', utils }
  }
}
