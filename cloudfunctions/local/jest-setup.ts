// Runs before every test file of the node project: per-invocation identity must be in place before
// wx-server-sdk is first used, and the SDK must not reach for Tencent Cloud's metadata service. The
// database, storage and openapi are started per test file by startTestCloud() (testing.ts).
import { installIdentity } from './identity'
import { installPlatformAnswers } from './platform'

installIdentity()
installPlatformAnswers()
