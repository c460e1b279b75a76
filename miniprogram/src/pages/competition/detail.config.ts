export default definePageConfig({
  navigationBarTitleText: '竞赛详情',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  // A public page: shared into group chats and to Moments (single-page mode, no sign-in needed).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
