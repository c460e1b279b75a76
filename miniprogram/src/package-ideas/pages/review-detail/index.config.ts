export default definePageConfig({
  navigationBarTitleText: '审核金点子',
})
