export default definePageConfig({
  navigationBarTitleText: '职工作品展',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 200,
  // Public: shared to chats and to Moments (single-page mode, no sign-in).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
