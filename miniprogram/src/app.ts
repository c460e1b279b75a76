import Taro, { useLaunch } from '@tarojs/taro'
import { type PropsWithChildren } from 'react'
import { refreshMe } from './services/me'
import { MOMENTS_SCENE } from './services/navigation'
import './app.scss'

// In the mini-program every cloud call goes through wx.cloud, initialised once at launch. The H5
// build (local only) calls the local server over HTTP instead (services/cloud.ts).
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
}

// The app shell renders only the current page: global look comes from app.scss and the tokens.
function App({ children }: PropsWithChildren) {
  // The first open creates the person's record from their OPENID (people.me), without asking them
  // anything; pages that need it later read the shared copy instead of calling again.
  // Opened from Moments (scene 1154, single-page mode) there is no signed-in user to create: the
  // page shows public content only.
  useLaunch((options) => {
    if (options?.scene !== MOMENTS_SCENE) void refreshMe()
  })
  return children
}

export default App
