export default definePageConfig({
  navigationBarTitleText: '先进审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
