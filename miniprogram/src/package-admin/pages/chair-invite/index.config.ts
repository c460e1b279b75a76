export default definePageConfig({
  navigationBarTitleText: '主席邀请',
})
