// Runs before every test file of the node project: per-invocation identity must be in place before
// wx-server-sdk is first used. The database, storage and openapi are started per test file by
// startTestCloud() (testing.ts).
import { installIdentity } from './identity'

installIdentity()
