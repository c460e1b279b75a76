export default definePageConfig({
  navigationBarTitleText: '工作总结',
  enablePullDownRefresh: true,
  // The native picker (per-file progress and retry) in the mini-program; H5 uses its own.
  usingComponents: { 'image-picker': '../../../components/native/image-picker/index' },
})
