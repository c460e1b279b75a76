// Tencent Cloud's instance metadata service (metadata.tencentyun.com) is a platform server like
// WeChat's: on every new CloudBase instance @cloudbase/node-sdk fires an unawaited lookup there to
// learn whether it runs on Tencent Cloud. Locally the answer is "no", given without a network request
// (on a closed network the lookup only fails; elsewhere it would leave the machine).
import path from 'node:path'
import { assertNotInCloud } from './sdk-internals'

let installed = false

export function installPlatformAnswers(): void {
  if (installed) return
  assertNotInCloud()
  const wxServerSdkDir = path.dirname(require.resolve('wx-server-sdk/package.json'))
  const nodeSdkDir = path.dirname(require.resolve('@cloudbase/node-sdk', { paths: [wxServerSdkDir] }))
  const metadata = require(path.join(nodeSdkDir, 'utils', 'metadata.js')) as Record<string, unknown>
  metadata.lookupAppId = async () => ''
  metadata.lookupCredentials = async () => {
    throw new Error('no Tencent Cloud instance credentials on the local cloud')
  }
  installed = true
}
