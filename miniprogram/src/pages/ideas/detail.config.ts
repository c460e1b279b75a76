export default definePageConfig({
  navigationBarTitleText: '金点子',
  enableShareAppMessage: true,
  enableShareTimeline: true,
  enablePullDownRefresh: true,
})
