export default definePageConfig({
  navigationBarTitleText: '竞赛报名',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 120,
  // Shared into group chats; Moments' single-page mode cannot open a competition from a list, so
  // only a competition's own page offers Moments.
  enableShareAppMessage: true,
})
