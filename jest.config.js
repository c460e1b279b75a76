// Three kinds of suites, one `npm test`:
//  - node: the contract (types/), cloud functions through the real wx-server-sdk on the local cloud,
//    the local cloud itself, cross-cutting suites (tests/suites).
//  - mini: Taro pages and components rendered with @tarojs/test-utils-react (H5 components in jsdom).
//  - native: native mini-program custom components under miniprogram-simulate.
const transform = (define = {}) => ({
  '^.+\\.(t|j|mj|cj)sx?$': ['<rootDir>/tools/jest-esbuild-transform.cjs', { define }],
})

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/types', '<rootDir>/cloudfunctions', '<rootDir>/tests/suites'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      setupFiles: ['<rootDir>/cloudfunctions/local/jest-setup.ts'],
      transform: transform(),
      moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    },
    // mini: owned by the Taro setup (see miniprogram/jest.mini.setup.ts once it exists)
    {
      displayName: 'mini',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniprogram/src'],
      testMatch: ['**/*.test.tsx'],
      transform: transform({ 'process.env.TARO_ENV': '"h5"' }),
      moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    },
    // native: native custom components under miniprogram-simulate
    {
      displayName: 'native',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniprogram/src/components/native'],
      testMatch: ['**/*.native.test.js', '**/*.native.test.ts'],
      transform: transform(),
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
  ],
}
