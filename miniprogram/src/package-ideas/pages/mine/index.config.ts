export default definePageConfig({
  navigationBarTitleText: '我的金点子',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
