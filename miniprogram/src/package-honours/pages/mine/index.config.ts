export default definePageConfig({
  navigationBarTitleText: '我的荣誉',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
