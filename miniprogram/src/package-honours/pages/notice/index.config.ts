export default definePageConfig({
  navigationBarTitleText: '先进职工公示',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
