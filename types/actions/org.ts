import * as v from 'valibot'
import { action, returns, type Page } from '../contract'
import type { InviteView, JoinRequestView, Member, RoleEvent, RoleHolder, UnitNode } from '../entities/people'
import type { ExportFile } from '../entities/exports'
import { ORG_LIMITS as L } from '../limits/people'
import { GRANTABLE_ROLES } from '../roles'
import { id, int, page, text } from '../schemas'

const CHAIRS = ['unit_chair', 'area_chair', 'city_admin'] as const
const MANAGERS = ['area_chair', 'city_admin'] as const

export const orgActions = {
  'org.units': action({
    summary: 'Active units under a parent (the city union when omitted), for browsing and picking.',
    input: v.strictObject({ parentId: v.optional(id) }),
    output: returns<{ parent: UnitNode | null; path: UnitNode[]; children: UnitNode[] }>(),
    access: { who: 'user' },
  }),
  'org.searchUnits': action({
    summary: 'Find active units by name, for picking one to join.',
    input: v.strictObject({ keyword: text(L.keyword) }),
    output: returns<{ items: Array<UnitNode & { pathNames: string[] }> }>(),
    access: { who: 'user' },
  }),
  'org.createUnit': action({
    summary: 'Create a unit under a parent.',
    input: v.strictObject({ parentId: id, name: text(L.unitName), type: v.picklist(['industry', 'township', 'grassroots']) }),
    output: returns<UnitNode>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'parentId' } },
  }),
  'org.renameUnit': action({
    summary: 'Rename a unit.',
    input: v.strictObject({ unitId: id, name: text(L.unitName) }),
    output: returns<UnitNode>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.moveUnit': action({
    summary: 'Move a unit (with everything under it) to another parent, both within the caller’s scope.',
    input: v.strictObject({ unitId: id, newParentId: id }),
    output: returns<UnitNode>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.retireUnit': action({
    summary: 'Retire a unit that has no active units under it; its invites stop working.',
    input: v.strictObject({ unitId: id }),
    output: returns<UnitNode>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.members': action({
    summary: 'Members of a unit and the units under it, newest first; a keyword finds them by the start of their name or by words in their unit’s name.',
    input: v.strictObject({ unitId: id, keyword: v.optional(text(L.keyword)), page }),
    output: returns<Page<Member>>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.removeMember': action({
    summary: 'Move a member out of their unit (they may then join another); recorded with who, when and why.',
    input: v.strictObject({ userId: id, reason: text(L.reason) }),
    output: returns<{ removed: true }>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'record', collection: 'users', field: 'userId' } },
  }),
  'org.transferMember': action({
    summary: 'Move a member to another unit the caller manages (e.g. they changed jobs); recorded with who, when and why.',
    input: v.strictObject({ userId: id, unitId: id, reason: text(L.reason) }),
    output: returns<Member>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'record', collection: 'users', field: 'userId' } },
  }),
  'org.joinRequests': action({
    summary: 'Pending requests to join a unit (or the units under it).',
    input: v.strictObject({ unitId: id, page }),
    output: returns<Page<JoinRequestView>>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.decideJoin': action({
    summary: 'Confirm or turn down a join request (a reason when turning down).',
    input: v.strictObject({ requestId: id, approve: v.boolean(), reason: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(L.reason.max)), '') }),
    output: returns<{ status: 'approved' | 'rejected' }>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'record', collection: 'join_requests', field: 'requestId' } },
  }),
  'org.createInvite': action({
    summary: 'A new invite code for a unit, valid for some days.',
    input: v.strictObject({ unitId: id, days: v.optional(int(L.inviteDays), 7) }),
    output: returns<InviteView>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.invites': action({
    summary: 'A unit’s invite codes, newest first.',
    input: v.strictObject({ unitId: id }),
    output: returns<{ items: InviteView[] }>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.revokeInvite': action({
    summary: 'Stop an invite code from working.',
    input: v.strictObject({ inviteId: id }),
    output: returns<InviteView>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'record', collection: 'invites', field: 'inviteId' } },
  }),
  'org.inviteQr': action({
    summary: 'The mini-program code for an invite (made once, then kept), as an image URL.',
    input: v.strictObject({ inviteId: id }),
    output: returns<{ imageUrl: string; page: string; scene: string }>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'record', collection: 'invites', field: 'inviteId' } },
  }),
  'org.grantRole': action({
    summary: 'Give a person a role on a unit (recorded with who and when).',
    input: v.strictObject({ userId: id, role: v.picklist(GRANTABLE_ROLES), unitId: id }),
    output: returns<RoleHolder>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.revokeRole': action({
    summary: 'Take a role back (recorded with who and when).',
    input: v.strictObject({ userId: id, role: v.picklist(GRANTABLE_ROLES), unitId: id }),
    output: returns<{ revoked: true }>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.roleHolders': action({
    summary: 'Who holds which role on a unit and the units under it.',
    input: v.strictObject({ unitId: id }),
    output: returns<{ items: RoleHolder[] }>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.roleHistory': action({
    summary: 'Grants and revocations on a unit and the units under it, newest first.',
    input: v.strictObject({ unitId: id, page }),
    output: returns<Page<RoleEvent>>(),
    access: { who: 'member', roles: MANAGERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'org.exportMembers': action({
    summary: 'Excel: the members of a unit and the units under it (name, unit, job, date joined) for its chairs; no phone numbers (none are kept). Logged.',
    input: v.strictObject({ unitId: id }),
    output: returns<ExportFile>(),
    access: { who: 'member', roles: CHAIRS, scope: { kind: 'unit', field: 'unitId' } },
  }),
}
