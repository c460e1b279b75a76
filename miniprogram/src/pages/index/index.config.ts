export default definePageConfig({
  navigationBarTitleText: '职工风采',
})
