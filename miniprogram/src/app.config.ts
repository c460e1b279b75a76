export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    navigationBarTitleText: '职工风采',
    // The festive red of the design tokens ($zg-color-primary); the bar's text must then be white.
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTextStyle: 'white',
    backgroundColor: '#FBF7F2',
    backgroundTextStyle: 'dark',
  },
  // Only components a page actually renders are injected at start-up, which shortens launch on
  // old phones. https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html
  lazyCodeLoading: 'requiredComponents',
})
