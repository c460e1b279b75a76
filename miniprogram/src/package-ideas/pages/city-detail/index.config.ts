export default definePageConfig({
  navigationBarTitleText: '金点子评审',
})
