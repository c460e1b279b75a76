// The authorization matrix's fixtures for the Excel exports: each addresses a union's subtree, target A
// under 经开区工会 and B under 卫计局工会 (the unit a caller's role must cover).
type Target = 'A' | 'B'

export const exportFixtures = (unit: Record<Target, string>, area: Record<Target, string>) => ({
  'campaign.exportUnits': { unit: area, input: (t: Target) => ({ unitId: area[t] }) },
  'works.export': { unit, input: (t: Target) => ({ unitId: unit[t] }) },
  'ideas.export': { unit, input: (t: Target) => ({ unitId: unit[t] }) },
  'honours.export': { unit, input: (t: Target) => ({ unitId: unit[t] }) },
  'org.exportMembers': { unit, input: (t: Target) => ({ unitId: unit[t] }) },
})
