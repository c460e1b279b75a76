export default definePageConfig({
  navigationBarTitleText: '现场签到',
  backgroundTextStyle: 'dark',
})
