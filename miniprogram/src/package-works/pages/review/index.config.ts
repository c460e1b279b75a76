export default definePageConfig({
  navigationBarTitleText: '作品审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
})
