// Where the local runtime finds each cloud function: the TypeScript sources (tests, tsx) or the
// esbuild bundles in cloudfunctions/dist (what `npm start` runs, so the bundles are exercised too).
import path from 'node:path'
import { functionNames } from '../../types/actions/index'
import type { FunctionLoaders, FunctionModule } from './runtime'

export function sourceLoaders(): FunctionLoaders {
  return Object.fromEntries(
    functionNames.map((name) => [name, () => require(path.join(__dirname, '..', 'src', 'functions', name, 'index.ts')) as FunctionModule]),
  )
}

export function bundleLoaders(distDir: string): FunctionLoaders {
  return Object.fromEntries(functionNames.map((name) => [name, () => require(path.join(distDir, name, 'index.js')) as FunctionModule]))
}
