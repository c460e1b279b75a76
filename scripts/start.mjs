// `npm start`: build the cloud functions and (when its sources changed) the H5 app, then start the
// local server with demo data and print its URL. Options pass through: npm start -- --port 9000
import { spawn } from 'node:child_process'
import { buildFunctions, buildH5IfStale, root } from './lib/builds.mjs'

buildFunctions()
buildH5IfStale()

const server = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/local/main.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => process.exit(code ?? 0))
