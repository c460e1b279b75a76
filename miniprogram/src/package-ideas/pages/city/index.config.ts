export default definePageConfig({
  navigationBarTitleText: '金点子评审管理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
