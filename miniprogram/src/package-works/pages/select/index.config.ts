export default definePageConfig({
  navigationBarTitleText: '作品遴选',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
})
