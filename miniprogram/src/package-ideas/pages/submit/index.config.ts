export default definePageConfig({
  navigationBarTitleText: '提金点子',
  // The native picker (per-file progress and retry) in the mini-program; H5 uses its own.
  usingComponents: { 'image-picker': '../../../components/native/image-picker/index' },
})
