// Day one, declared in the org function: claiming an empty environment with the deployer's setup code,
// importing the union tree from a sheet, and inviting every unit's chair at once.
import * as v from 'valibot'
import { action, returns, type Page } from '../contract'
import type { UnitNode } from '../entities/people'
import { ORG_LIMITS, PEOPLE_LIMITS } from '../limits/people'
import type { ChairInviteView, ImportPreview, ImportResult, SetupStatus } from '../entities/setup'
import { fileId, page, realName, text } from '../schemas'
import { inviteCode } from './people'

/** The environment variable of the org function that holds the setup code (set by the deployer). */
export const SETUP_CODE_ENV = 'SETUP_CODE'
/** A setup code shorter than this is refused as unusable: it could be guessed. */
export const SETUP_CODE_MIN_LENGTH = 16
/** Claim attempts per person per hour, and for the whole environment per hour. */
export const SETUP_ATTEMPTS_PER_PERSON = 5
export const SETUP_ATTEMPTS_PER_ENV = 30

/** The import sheet: its columns in order, as the template writes them. */
export const IMPORT_COLUMNS = ['单位名称', '单位类型', '上级单位'] as const
/** Unit types as a sheet may spell them. */
export const IMPORT_TYPE_NAMES: Record<string, 'industry' | 'township' | 'grassroots'> = {
  行业工会: 'industry',
  '乡镇（街道）工会': 'township',
  '乡镇(街道)工会': 'township',
  乡镇工会: 'township',
  街道工会: 'township',
  基层工会: 'grassroots',
}
/** A city has several hundred grassroots unions; a sheet beyond this is not a union tree. */
export const IMPORT_MAX_ROWS = 3000
/** An .xlsx of IMPORT_MAX_ROWS rows is about 100 KB; anything much larger is refused before reading. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024
export const IMPORT_ERRORS_SHOWN = 100
export const IMPORT_ROWS_SHOWN = 200
/** Unit names, as org.createUnit takes them. */
export const UNIT_NAME_MIN = ORG_LIMITS.unitName.min
export const UNIT_NAME_MAX = ORG_LIMITS.unitName.max

/** Chair invitations: valid for this many days unless asked otherwise; one page of QR codes at a time. */
export const CHAIR_INVITE_DAYS = 14
export const CHAIR_INVITE_PAGE_SIZE = 10

const CITY = ['city_admin'] as const

export const setupActions = {
  'org.setupStatus': action({
    summary: 'Whether this environment still waits for its first city admin (the setup page shows then).',
    input: v.strictObject({}),
    output: returns<SetupStatus>(),
    // A signed-in caller: the org function stays closed to callers without sign-in (function-rules.json).
    access: { who: 'user' },
  }),
  'org.claimSetup': action({
    summary: 'Claim an empty environment with the deployer’s setup code: creates the city union and makes the caller its admin. Once only.',
    input: v.strictObject({
      code: v.pipe(v.string('请输入初始化码'), v.trim(), v.minLength(1, '请输入初始化码'), v.maxLength(ORG_LIMITS.setupCode.max, '初始化码不正确')),
      cityName: text(ORG_LIMITS.unitName),
      realName,
      nickname: text(PEOPLE_LIMITS.nickname),
    }),
    output: returns<{ city: UnitNode }>(),
    // Anyone with an OPENID may try; the handler's own guard (code, rate limit, once only) decides.
    access: { who: 'user' },
  }),
  'org.importTemplate': action({
    summary: 'The union-tree import sheet to fill in (.xlsx with the columns and instructions).',
    input: v.strictObject({}),
    output: returns<{ fileUrl: string; fileName: string }>(),
    access: { who: 'member', roles: CITY, scope: { kind: 'anywhere' } },
  }),
  'org.previewImport': action({
    summary: 'Read an uploaded union-tree sheet and say what importing it would do, row by row, changing nothing.',
    input: v.strictObject({ fileId }),
    output: returns<ImportPreview>(),
    access: { who: 'member', roles: CITY, scope: { kind: 'anywhere' } },
  }),
  'org.applyImport': action({
    summary: 'Import the previewed sheet: all its new units appear together or none do; importing it again changes nothing.',
    input: v.strictObject({ fileId, digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, '请先预览')) }),
    output: returns<ImportResult>(),
    access: { who: 'member', roles: CITY, scope: { kind: 'anywhere' } },
  }),
  'org.issueChairInvites': action({
    summary: 'One single-use invitation for the chair of every unit that has neither a chair nor a live invitation; answers the sheet of all live ones.',
    input: v.strictObject({ days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)), CHAIR_INVITE_DAYS) }),
    output: returns<{ issued: number; live: number; sheetUrl: string; fileName: string }>(),
    access: { who: 'member', roles: CITY, scope: { kind: 'anywhere' } },
  }),
  'org.chairInvites': action({
    summary: 'Chair invitations, a page at a time, each with its mini-program code (made on first view).',
    input: v.strictObject({ page }),
    output: returns<Page<ChairInviteView> & { total: number }>(),
    access: { who: 'member', roles: CITY, scope: { kind: 'anywhere' } },
  }),
  'org.acceptChairInvite': action({
    summary: 'A chair accepts their invitation: joins the unit and becomes its chair. Single use, expiring.',
    input: v.strictObject({ code: inviteCode }),
    output: returns<{ unit: UnitNode; role: 'unit_chair' | 'area_chair' }>(),
    access: { who: 'user' },
  }),
}
