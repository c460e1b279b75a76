// ESLint: Taro's React rules (eslint-config-taro/react) plus typescript-eslint's recommended set.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
// `npm run lint` runs this and then `prettier --check .`.
module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended'],
  // One parser for TS and JS alike: Taro's default for JS (@babel/eslint-parser) needs a Babel
  // config at the root, and only the mini-program has one.
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  env: { es2022: true, node: true, browser: true },
  ignorePatterns: ['node_modules/', 'dist/', '.local-cloud*/', 'tests/e2e/screenshots/', 'coverage/'],
  rules: {
    // React 17+ JSX transform (tsconfig `jsx: react-jsx`, Taro's babel preset, esbuild `jsx: automatic`):
    // JSX needs no `React` in scope.
    'react/react-in-jsx-scope': 'off',
    // Layout belongs to Prettier alone (.prettierrc.json), checked by `prettier --check` in the same
    // `npm run lint`: two tools owning the same whitespace would fight. Prettier's `jsxSingleQuote`
    // keeps Taro's choice of single quotes in JSX.
    'jsx-quotes': 'off',
    'react/jsx-closing-bracket-location': 'off',
    'react/jsx-curly-spacing': 'off',
    'react/jsx-equals-spacing': 'off',
    'react/jsx-indent-props': 'off',
    'react/jsx-tag-spacing': 'off',
  },
  overrides: [
    {
      // CommonJS by their module system: the root package is not `"type": "module"`, and ESLint,
      // jest (its config and its transformer) and Taro's Babel load these with require().
      files: ['.eslintrc.cjs', '**/*.cjs', 'jest.config.js', 'tests/e2e/jest.config.js', 'miniprogram/babel.config.js'],
      env: { node: true, browser: false },
      rules: {
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
    {
      // The local cloud loads modules by a path computed at run time, synchronously: each cloud
      // function's entry (sources or bundles), and the exact files of wx-server-sdk's own dependency
      // tree that it patches (resolved from wx-server-sdk's folder so another copy is never patched).
      // A static import cannot name them, and an `await import()` would make the loaders asynchronous.
      files: ['cloudfunctions/local/functions.ts', 'cloudfunctions/local/platform.ts', 'cloudfunctions/local/sdk-internals.ts'],
      rules: {
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
    {
      // TypeScript checks these itself (tsc --noEmit, `noUnusedLocals`, `noUnusedParameters`,
      // undefined names), and does it with types: the untyped copies only add false alarms.
      files: ['**/*.ts', '**/*.tsx'],
      rules: {
        'no-undef': 'off',
      },
    },
    {
      // The native custom component runs on the phone as written (no transpiling, no bundler): a
      // plain ES2017 script against WeChat's globals. Parsing it as ES2017 makes a newer construct
      // a lint error too, beside the acorn check in image-picker.source.native.test.js.
      files: ['miniprogram/src/components/native/**/*.js'],
      excludedFiles: ['**/*.test.js', '**/test-harness.js'],
      parser: 'espree',
      parserOptions: { ecmaVersion: 2017, sourceType: 'script' },
      env: { browser: false, node: false, es2017: true },
      // WeChat's logic layer provides these globals (no window, no Node).
      globals: {
        wx: 'readonly',
        Component: 'readonly',
        Behavior: 'readonly',
        // WeChat's logic layer loads a component's sibling files with CommonJS require().
        require: 'readonly',
        module: 'writable',
        getApp: 'readonly',
        getCurrentPages: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
      rules: {
        // The file is written in `var` and `function` on purpose (see its header); `var self = this`
        // is that style's way for wx.* callbacks to reach the component. typescript-eslint's
        // recommended set assumes modern TypeScript modules, which this script is not.
        'no-var': 'off',
        '@typescript-eslint/no-this-alias': 'off',
        // CommonJS is the module system WeChat gives a native component's files.
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
    {
      // The native components' tests are CommonJS run by jest's native project (miniprogram-simulate
      // loads the component through require()), and the harness they share.
      files: ['miniprogram/src/components/native/**/*.test.js', 'miniprogram/src/components/native/**/test-harness.js'],
      env: { jest: true, node: true },
      // miniprogram-simulate installs WeChat's `wx` as a global, and the tests replace its APIs with fakes.
      globals: { wx: 'writable' },
      rules: {
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-var-requires': 'off',
      },
    },
  ],
}
