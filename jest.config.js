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
    // mini: Taro pages and components rendered by @tarojs/test-utils-react with Taro's H5 components
    // in jsdom. Setup files live in miniprogram/test/.
    {
      displayName: 'mini',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniprogram/src'],
      // Unit tests of hooks, services and utils (*.test.ts) run here too; native components have
      // their own project.
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '\\.native\\.test\\.'],
      // Component tests that talk to a server run the real local cloud in-process (miniprogram/test/local-cloud.ts).
      setupFiles: ['<rootDir>/cloudfunctions/local/jest-setup.ts', '<rootDir>/tests/jsdom-node-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/miniprogram/test/setup-taro.ts'],
      transform: transform({ 'process.env.TARO_ENV': '"h5"' }),
      // Taro's runtime, its H5 components and NutUI ship ES modules: everything goes through the
      // transformer (cached after the first run).
      transformIgnorePatterns: [],
      moduleNameMapper: {
        // The shared contract (types/), as Taro's alias and tsconfig's paths spell it.
        '^@contract/(.*)$': '<rootDir>/types/$1',
        // The H5 API plus the React page hooks, as Taro's webpack loader would assemble it.
        '^@tarojs/taro$': '<rootDir>/miniprogram/test/taro-h5.ts',
        // Taro's H5 components as React wrappers around its custom elements.
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '\\.(css|scss|sass|less)$': '<rootDir>/miniprogram/test/style-stub.ts',
      },
      // Build-time flags of Taro's runtime, normally defined by its webpack config.
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        __TARO_FRAMEWORK__: 'react',
      },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
    },
    // compiled: the built weapp (miniprogram/dist/weapp) under miniprogram-simulate; needs
    // `npm run build:weapp` first and fails without it.
    {
      displayName: 'compiled',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/compiled'],
      setupFiles: ['<rootDir>/cloudfunctions/local/jest-setup.ts', '<rootDir>/tests/jsdom-node-globals.ts'],
      testMatch: ['**/*.test.ts'],
      transform: transform(),
      // The build output runs exactly as WeChat would get it, untouched by the transformer.
      transformIgnorePatterns: ['/node_modules/', '/miniprogram/dist/'],
      moduleFileExtensions: ['ts', 'js', 'json'],
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
