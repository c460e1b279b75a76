export default defineAppConfig({
  // Main package: what a worker (or someone opening a shared card) needs. Tab pages must live here.
  pages: ['pages/index/index', 'pages/me/index', 'pages/profile/index', 'pages/join/index', 'pages/privacy/index'],
  // Staff-only areas load only when a chair or the city union opens them, keeping the download every
  // worker waits for small. https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html
  subPackages: [
    {
      root: 'package-admin',
      pages: ['pages/unit/index', 'pages/tree/index', 'pages/roles/index', 'pages/campaign/index'],
    },
  ],
  // Staff reach their pages from 我的; fetching the admin package in the background there (on Wi-Fi
  // only, so workers on mobile data pay nothing) makes the first tap instant.
  preloadRule: {
    'pages/me/index': { network: 'wifi', packages: ['package-admin'] },
  },
  tabBar: {
    color: '#6B625B',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
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
