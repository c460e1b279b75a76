export default definePageConfig({
  navigationBarTitleText: '工作总结汇总',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
})
