export default definePageConfig({
  navigationBarTitleText: '加入单位',
})
