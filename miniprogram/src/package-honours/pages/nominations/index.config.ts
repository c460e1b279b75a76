export default definePageConfig({
  navigationBarTitleText: '先进推荐',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
