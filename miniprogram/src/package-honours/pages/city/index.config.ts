export default definePageConfig({
  navigationBarTitleText: '公示与表彰',
})
