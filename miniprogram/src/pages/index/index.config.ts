export default definePageConfig({
  navigationBarTitleText: '职工风采',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  // The home page is public: it may be shared to chats and to Moments (single-page mode, no sign-in).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
