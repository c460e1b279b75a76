import { launchApp, openPage, requireBuild } from './harness'

describe('compiled weapp: pages/index/index', () => {
  // No skip when the build is missing: the suite exists to test the build.
  beforeAll(() => requireBuild())

  it('renders the campaign name from the built page', async () => {
    launchApp()
    const page = await openPage('pages/index/index')

    const text = page.dom?.textContent ?? ''
    expect(text).toContain('职工风采')
    expect(text).toContain('展示身边的劳动者')
  })
})
