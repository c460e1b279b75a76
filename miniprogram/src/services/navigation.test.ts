import { isTabPage, joinUrl, profileUrl, safeRedirect, withQuery } from './navigation'

test('only our own pages are accepted as a place to return to', () => {
  expect(safeRedirect('/pages/join/index?scene=ABCD2345')).toBe('/pages/join/index?scene=ABCD2345')
  expect(safeRedirect('%2Fpages%2Fjoin%2Findex%3Fscene%3DABCD2345')).toBe('/pages/join/index?scene=ABCD2345')
  expect(safeRedirect('/package-admin/pages/unit/index')).toBe('/package-admin/pages/unit/index')
  for (const bad of ['https://example.com/', '//example.com/pages/x', 'javascript:alert(1)', '/other/x', '', undefined])
    expect(safeRedirect(bad)).toBeUndefined()
})

test('a page to return to survives being carried through the profile page', () => {
  const back = joinUrl({ scene: 'ABCD2345' })
  expect(back).toBe('/pages/join/index?scene=ABCD2345')
  const url = profileUrl(back)
  const carried = new URLSearchParams(url.split('?')[1]).get('redirect')
  expect(safeRedirect(carried ?? undefined)).toBe(back)
})

test('query strings leave out empty values; tab pages are known', () => {
  expect(withQuery('/pages/join/index', { scene: '', redirect: undefined })).toBe('/pages/join/index')
  expect(isTabPage('/pages/me/index')).toBe(true)
  expect(isTabPage('/pages/me/index?x=1')).toBe(true)
  expect(isTabPage('/pages/join/index')).toBe(false)
})
