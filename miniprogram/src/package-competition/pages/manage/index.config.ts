export default definePageConfig({
  navigationBarTitleText: '竞赛管理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
