export default definePageConfig({
  navigationBarTitleText: '活动工作台',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
