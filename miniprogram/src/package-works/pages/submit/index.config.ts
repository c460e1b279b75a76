export default definePageConfig({
  navigationBarTitleText: '上传作品',
  // The native picker (weapp only): per-file progress without re-rendering the page. A relative path:
  // Taro resolves it against this page and compiles the component into the build.
  usingComponents: { 'image-picker': '../../../components/native/image-picker/index' },
})
