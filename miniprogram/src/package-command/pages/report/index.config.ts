export default definePageConfig({
  navigationBarTitleText: '阅读工作总结',
  enablePullDownRefresh: true,
})
