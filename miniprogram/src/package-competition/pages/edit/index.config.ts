export default definePageConfig({
  navigationBarTitleText: '编辑竞赛',
  backgroundTextStyle: 'dark',
})
