export default definePageConfig({
  navigationBarTitleText: '名额分配',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
