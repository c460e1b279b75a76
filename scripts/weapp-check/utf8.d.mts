export function firstInvalidUtf8(bytes: Uint8Array): number
export function checkUtf8(root: string, files: string[]): { ok: boolean; summary: string; errors: string[] }
