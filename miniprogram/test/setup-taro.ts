// Loading @tarojs/taro before anything else settles an import cycle between the H5 runtime and the
// components: a test that imports a page first would otherwise see half-initialised modules.
import '@tarojs/taro'
