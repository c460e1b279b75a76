export default definePageConfig({
  navigationBarTitleText: '金点子审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
