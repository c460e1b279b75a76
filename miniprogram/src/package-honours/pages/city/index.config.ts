export default definePageConfig({
  navigationBarTitleText: '公示与表彰',
  // The native picker (weapp only) for the seal; see components/native/image-picker.
  usingComponents: { 'image-picker': '../../../components/native/image-picker/index' },
})
