import TestUtils from '@tarojs/test-utils-react'
import Index from './index'

describe('index page', () => {
  it('shows the campaign name as the title of a NutUI cell', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(Index)

    const title = await testUtils.queries.waitForQuerySelector('.nut-cell-title')
    expect(title?.textContent).toBe('职工风采')
    expect(document.body.textContent).toContain('展示身边的劳动者')
  })
})
