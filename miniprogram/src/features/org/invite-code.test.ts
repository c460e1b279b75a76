import * as v from 'valibot'
import { inviteCode } from '@contract/actions/people'
import { codeFromScene, INVITE_CODE_LENGTH, inviteCodeHint, isCompleteInviteCode, normalizeInviteCode, spacedCode } from './invite-code'

test('typing is forgiving: lower case, spaces and dashes', () => {
  expect(normalizeInviteCode('abcd 2345')).toBe('ABCD2345')
  expect(normalizeInviteCode(' ab-cd-23-45 ')).toBe('ABCD2345')
  expect(normalizeInviteCode('ABCD23456789')).toHaveLength(INVITE_CODE_LENGTH)
})

test('only 8 characters of the code alphabet are complete', () => {
  expect(isCompleteInviteCode('ABCD2345')).toBe(true)
  expect(isCompleteInviteCode('ABCD234')).toBe(false)
  // 0, 1, O, I, L look alike and are never used
  for (const odd of ['ABCD2340', 'ABCD2341', 'ABCD234O', 'ABCD234I', 'ABCD234L']) expect(isCompleteInviteCode(odd)).toBe(false)
})

test('a look-alike character gets a hint naming it', () => {
  expect(inviteCodeHint('AB0D')).toBe('邀请码里没有“0”，请核对后再输入')
  expect(inviteCodeHint('ABCD2345')).toBeUndefined()
})

test('agrees with the server’s schema on what a code is', () => {
  const samples = ['abcd 2345', 'ABCD2345', 'abcd-2345', 'ABCD234', 'ABCD2340', 'HJKMNPQR', 'hjkm npqr', 'ABCDEFGI', '2345678Z']
  for (const raw of samples) {
    const server = v.safeParse(inviteCode, raw)
    const client = isCompleteInviteCode(normalizeInviteCode(raw))
    expect([raw, client]).toEqual([raw, server.success])
    if (server.success) expect(normalizeInviteCode(raw)).toBe(server.output)
  }
})

test('a scanned code arrives URL-encoded in the scene', () => {
  expect(codeFromScene('abcd%202345')).toBe('ABCD2345')
  expect(codeFromScene('ABCD2345')).toBe('ABCD2345')
  expect(codeFromScene('%E0%A4%A')).toBe('%E0%A4%A'.toUpperCase().slice(0, 8))
  expect(codeFromScene(undefined)).toBe('')
})

test('codes are shown in two groups of four', () => {
  expect(spacedCode('ABCD2345')).toBe('ABCD 2345')
})
