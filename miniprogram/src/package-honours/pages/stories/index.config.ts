export default definePageConfig({
  navigationBarTitleText: '匠心筑梦',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
