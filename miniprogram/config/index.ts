import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

// Dependencies are installed once at the repo root, while Taro's root is miniprogram/. Webpack's
// node-style lookup walks up from each file and finds them there; no extra resolve setting needed.
const rootNodeModules = path.resolve(__dirname, '..', '..', 'node_modules')

// Taro's script rule runs babel only over src/ and node_modules paths containing "taro" (its own
// packages). Everything else we ship must be listed here, for both targets:
//  - the shared contract at the repo root (../types), imported as `@contract/...` (the alias below):
//    without this its TypeScript reaches webpack untranspiled and the build fails;
//  - dependencies that ship syntax newer than old WeChat JS engines run. valibot, the contract's
//    schema library, is ES2020 (`?.`, `??`). scripts/check-weapp.mjs names any such file; add its
//    package here.
const contractRoot = path.resolve(__dirname, '..', '..', 'types')
const compileInclude = [contractRoot, path.join(rootNodeModules, 'valibot')]

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'zhigong-fengcai',
    // Our styles are written at 750 wide (1px in source = 1rpx on weapp).
    designWidth: 750,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // `@contract/...` is the shared contract (types/) for both targets; tsconfig.json (tsc) and
    // jest.config.js (moduleNameMapper) say the same.
    alias: {
      '@contract': contractRoot,
    },
    // Keeps the two targets apart: dist/weapp (DevTools' miniprogramRoot) and dist/h5.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    framework: 'react',
    compiler: 'webpack5',
    // The cloud environment the weapp calls (CLOUD_ENV at build time); empty: the account's default.
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? ''),
    },
    // Taro's terser output sets ascii_only, which writes every Chinese character as a 6-byte \uXXXX
    // escape instead of its 3 UTF-8 bytes. WeChat only requires code files to be UTF-8 (iOS reads
    // nothing else; DevTools checks the encoding on upload), so the escapes are pure weight in the
    // main package. scripts/weapp-check/utf8.mjs holds every built file to that rule.
    // https://developers.weixin.qq.com/miniprogram/dev/devtools/details.html
    terser: {
      enable: true,
      config: {
        output: {
          ascii_only: false,
        },
      },
    },
    // Persistent webpack cache stays off (Taro's default): a clean build takes 10–20 s here.
    cache: {
      enable: false,
    },
    // WeChat templates cannot recurse, so Taro writes one copy of every element's template per
    // tree level into base.wxml (about 3 KB a level here, all in the main package); a node deeper
    // than baseLevel is rendered through Taro's comp custom component, which starts again at level
    // 0 - it still renders, at the cost of one more component boundary. 12 (Taro's default is 16)
    // keeps the main package within its budget (issue 12: no larger than before the feature folders).
    // https://nervjs.github.io/taro/docs/platform-plugin-template (non-recursive templates)
    baseLevel: 12,
    mini: {
      compile: {
        include: compileInclude,
      },
      // As for H5 below: component styles are class-scoped (BEM), so the order pages happen to import
      // them in does not matter; without this every differing order is reported as a build error line.
      miniCssExtractPluginOption: {
        ignoreOrder: true,
      },
    },
    h5: {
      publicPath: '/',
      router: {
        // A plain static server can serve hash routes: every URL is index.html.
        mode: 'hash',
      },
      compile: {
        include: compileInclude,
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
    },
  }

  return config
})
