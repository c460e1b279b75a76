export default definePageConfig({
  navigationBarTitleText: '竞赛进度',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
