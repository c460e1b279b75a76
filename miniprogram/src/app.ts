import Taro from '@tarojs/taro'
import { type PropsWithChildren } from 'react'
import './app.scss'

// In the mini-program every cloud call goes through wx.cloud, initialised once at launch. The H5
// build (local only) calls the local server over HTTP instead (services/cloud.ts).
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: true })
}

// The app shell renders only the current page: global look comes from app.scss and the tokens.
function App({ children }: PropsWithChildren) {
  return children
}

export default App
