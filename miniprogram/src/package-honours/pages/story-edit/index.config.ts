export default definePageConfig({
  navigationBarTitleText: '撰写风采故事',
  // The native picker (weapp only); see components/native/image-picker.
  usingComponents: { 'image-picker': '../../../components/native/image-picker/index' },
})
