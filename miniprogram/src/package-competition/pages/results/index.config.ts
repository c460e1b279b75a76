export default definePageConfig({
  navigationBarTitleText: '发布成绩',
  enablePullDownRefresh: false,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
})
