export default definePageConfig({
  navigationBarTitleText: '邀请单位主席',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
})
