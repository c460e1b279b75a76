export default definePageConfig({
  navigationBarTitleText: '推荐先进职工',
  // The native picker (weapp only); see components/native/image-picker.
  usingComponents: { 'image-picker': '../../../components/native/image-picker/index' },
})
