// The mini-program's pages as WeChat knows them (app.json of the weapp build), for the local openapi's
// page checks (wxacode.getUnlimited check_path, subscribeMessage.send page). Read at call time, so a
// rebuild is picked up; with no weapp build the check is skipped.
import fs from 'node:fs'
import path from 'node:path'

const appJson = path.resolve(__dirname, '..', '..', 'miniprogram', 'dist', 'weapp', 'app.json')

export function appPages(): string[] | null {
  if (!fs.existsSync(appJson)) return null
  const app = JSON.parse(fs.readFileSync(appJson, 'utf8')) as {
    pages?: string[]
    subPackages?: Array<{ root: string; pages: string[] }>
    subpackages?: Array<{ root: string; pages: string[] }>
  }
  const subs = app.subPackages ?? app.subpackages ?? []
  return [...(app.pages ?? []), ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
}
