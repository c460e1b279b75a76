export default definePageConfig({
  navigationBarTitleText: '走访慰问',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
