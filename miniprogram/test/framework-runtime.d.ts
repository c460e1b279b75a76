// @tarojs/plugin-framework-react ships no typings for its runtime entry. Its hooks are the ones
// @tarojs/taro declares, so they are typed from there.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type Taro from '@tarojs/taro'

  export const useAddToFavorites: typeof Taro.useAddToFavorites
  export const useDidHide: typeof Taro.useDidHide
  export const useDidShow: typeof Taro.useDidShow
  export const useError: typeof Taro.useError
  export const useLaunch: typeof Taro.useLaunch
  export const useLoad: typeof Taro.useLoad
  export const useOptionMenuClick: typeof Taro.useOptionMenuClick
  export const usePageNotFound: typeof Taro.usePageNotFound
  export const usePageScroll: typeof Taro.usePageScroll
  export const usePullDownRefresh: typeof Taro.usePullDownRefresh
  export const usePullIntercept: typeof Taro.usePullIntercept
  export const useReachBottom: typeof Taro.useReachBottom
  export const useReady: typeof Taro.useReady
  export const useResize: typeof Taro.useResize
  export const useRouter: typeof Taro.useRouter
  export const useSaveExitState: typeof Taro.useSaveExitState
  export const useShareAppMessage: typeof Taro.useShareAppMessage
  export const useShareTimeline: typeof Taro.useShareTimeline
  export const useTabItemTap: typeof Taro.useTabItemTap
  export const useTitleClick: typeof Taro.useTitleClick
  export const useScope: typeof Taro.useScope
  export const useUnhandledRejection: typeof Taro.useUnhandledRejection
  export const useUnload: typeof Taro.useUnload
}
