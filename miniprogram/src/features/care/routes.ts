// Where the care pages are: all in the package-care subpackage (staff only, never shared).
export const CARE_ROUTES = {
  visits: '/package-care/pages/visits/index',
  record: (unitId: string) => `/package-care/pages/record/index?unitId=${encodeURIComponent(unitId)}`,
  visit: (id: string) => `/package-care/pages/visit/index?id=${encodeURIComponent(id)}`,
  log: '/package-care/pages/log/index',
} as const
