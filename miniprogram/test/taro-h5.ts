// `@tarojs/taro` as an H5 build sees it. Taro's webpack loader normally appends the React page
// hooks (useLoad, useDidShow, …) to the H5 API object at build time; jest has no such loader, so
// this module does the same by hand. Mapped in jest.config.js (project 'mini').
import taro, * as taroH5 from '@tarojs/taro-h5'
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime'

export * from '@tarojs/taro-h5'
export {
  useAddToFavorites,
  useDidHide,
  useDidShow,
  useError,
  useLaunch,
  useLoad,
  useOptionMenuClick,
  usePageNotFound,
  usePageScroll,
  usePullDownRefresh,
  usePullIntercept,
  useReachBottom,
  useReady,
  useResize,
  useRouter,
  useSaveExitState,
  useShareAppMessage,
  useShareTimeline,
  useTabItemTap,
  useTitleClick,
  useScope,
  useUnhandledRejection,
  useUnload,
} from '@tarojs/plugin-framework-react/dist/runtime'

// The default export carries only part of the API; the named exports (showToast, request, …) are
// folded in so that `Taro.x` and `import { x }` agree, as in a real H5 build.
export default Object.assign(taro, taroH5, hooks)
