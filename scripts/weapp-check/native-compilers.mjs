// WeChat's own WXML/WXS (wcc) and WXSS (wcsc) compilers from the miniprogram-compiler package.
// They catch what a bundler never looks at: bad {{ }} expressions, unclosed tags, broken .wxs,
// WXSS the mini-program renderer cannot parse.
// The package's index wrappers swallow the real error message, so the two compilers are called
// directly. Their binaries date from 2019–2020: syntax newer than that may be flagged wrongly.
// CommonJS modules (module.exports = the compiler function), imported as their default export.
import wcc from 'miniprogram-compiler/src/wcc.js'
import wcsc from 'miniprogram-compiler/src/wcsc.js'
import { withoutExt } from './files.mjs'

// Taro's base.wxml alone is ~60 KB and wcc's output is several times the input; the default
// 1 MB pipe buffer would kill the compiler on a real app.
const maxBuffer = 64 * 1024 * 1024

export function checkNativeCompilers(root, files) {
  const wxml = files.filter((f) => f.endsWith('.wxml')).map(withoutExt)
  const wxs = files.filter((f) => f.endsWith('.wxs'))
  const wxss = files.filter((f) => f.endsWith('.wxss')).map(withoutExt)
  const errors = []

  if (wxml.length === 0) errors.push('no .wxml files in the build')
  else {
    try {
      // wcc appends the custom components it finds to the list it is given: pass a copy.
      wcc(root, [...wxml], [...wxs], { maxBuffer })
    } catch (err) {
      errors.push(`wcc: ${String(err.message).trim()}`)
    }
  }

  if (wxss.length > 0) {
    // wcsc reports failure by returning an Error, not by throwing.
    const result = wcsc(root, wxss, { maxBuffer })
    if (result instanceof Error) errors.push(`wcsc: ${String(result.message).trim()}`)
  }

  return {
    ok: errors.length === 0,
    summary: `wcc ${wxml.length} .wxml + ${wxs.length} .wxs, wcsc ${wxss.length} .wxss`,
    errors,
  }
}
