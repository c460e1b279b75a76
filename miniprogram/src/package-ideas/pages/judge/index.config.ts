export default definePageConfig({
  navigationBarTitleText: '专家评审',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
