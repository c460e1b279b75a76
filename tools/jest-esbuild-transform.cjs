// Jest transformer: TypeScript, TSX and ES modules (ours and node_modules') to CommonJS with esbuild.
// One transformer for every jest project; options come from the project's `transform` entry.
const { transformSync } = require('esbuild')
const crypto = require('crypto')
const path = require('path')

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.jsx': 'jsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js' }

module.exports = {
  getCacheKey(source, filename, options) {
    const transformerConfig = JSON.stringify((options && options.transformerConfig) || {})
    return crypto.createHash('sha1').update(source).update(filename).update(transformerConfig).update('v2').digest('hex')
  },
  process(source, filename, options) {
    const config = (options && options.transformerConfig) || {}
    const loader = LOADERS[path.extname(filename)] || 'js'
    const result = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      jsx: 'automatic',
      define: config.define || {},
      supported: { 'dynamic-import': false },
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    })
    return { code: result.code }
  },
}
