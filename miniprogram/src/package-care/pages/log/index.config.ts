export default definePageConfig({
  navigationBarTitleText: '走访访问日志',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
