/// <reference types="@tarojs/taro" />

// Style and asset imports are handled by Taro's webpack loaders; TypeScript only needs to know
// they exist.
declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time; each target compiles away the other target's branches. */
    TARO_ENV: 'weapp' | 'h5'
  }
}

/** The cloud environment id the weapp calls; '' means the account's default environment. */
declare const CLOUD_ENV: string
