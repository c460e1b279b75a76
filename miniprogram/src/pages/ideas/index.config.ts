export default definePageConfig({
  navigationBarTitleText: '金点子展示',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
  // Public: shared into chats and to Moments (single-page mode, no sign-in).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
