export default definePageConfig({
  navigationBarTitleText: '我的作品',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
})
