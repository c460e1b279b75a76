// Invite codes as people type them: lower case, spaces or dashes from reading a code aloud, a look-
// alike letter. Reads the code's alphabet and length from the contract (limits/people.ts) and
// mirrors its `inviteCode` schema (types/actions/people.ts) without importing it, so no schema code
// lands in the main package; a test keeps the two in step.
import { INVITE_ALPHABET as ALPHABET, INVITE_CODE_LENGTH } from '@contract/limits/people'

export { INVITE_CODE_LENGTH }

/** Upper case, without spaces and dashes, at most 8 characters. */
export function normalizeInviteCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase().slice(0, INVITE_CODE_LENGTH)
}

/** Whether a normalised code can be sent (8 characters from the code alphabet). */
export function isCompleteInviteCode(code: string): boolean {
  return code.length === INVITE_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c))
}

/** "ABCD2345" → "ABCD 2345": easier to read out and compare on a small screen. */
export const spacedCode = (code: string) => (code.length > 4 ? `${code.slice(0, 4)} ${code.slice(4)}` : code)

/** The code a scanned mini-program code carries: WeChat hands over `scene` URL-encoded. */
export function codeFromScene(scene: string | undefined): string {
  if (!scene) return ''
  let decoded = scene
  try {
    decoded = decodeURIComponent(scene)
  } catch {
    // A malformed escape: use what arrived, the server says if it is wrong.
  }
  return normalizeInviteCode(decoded)
}

/** A gentle hint while typing: codes never use 0, 1, O, I or L (they look alike). */
export function inviteCodeHint(code: string): string | undefined {
  const odd = [...code].filter((c) => !ALPHABET.includes(c))
  if (odd.length === 0) return undefined
  return `邀请码里没有“${[...new Set(odd)].join('、')}”，请核对后再输入`
}
