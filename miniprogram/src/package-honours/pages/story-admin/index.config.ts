export default definePageConfig({
  navigationBarTitleText: '匠心筑梦编辑',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
