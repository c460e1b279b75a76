export default definePageConfig({
  navigationBarTitleText: '职务任免',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
