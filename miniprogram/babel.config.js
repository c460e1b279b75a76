// babel-preset-taro compiles src/, Taro's own packages and the shared contract in ../types.
// With no browserslist in this folder the preset targets iOS 9 / Android 5, which keeps our own
// code at ES5 syntax for the old WeChat JS engines (see scripts/check-weapp.mjs).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
}
