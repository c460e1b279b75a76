// Where the competition pages are. The list and a competition's page are in the main package (they
// open from shared cards and the home page); "my sign-ups" and everything organisers do live in the
// package-competition subpackage.

const id = (v: string) => encodeURIComponent(v)

export const COMPETITION_ROUTES = {
  list: '/pages/competition/index',
  detail: (competitionId: string) => `/pages/competition/detail?id=${id(competitionId)}`,
  mine: '/package-competition/pages/mine/index',
  manage: '/package-competition/pages/manage/index',
  /** A new competition organised by `unitId`, or the one with `id` to edit. */
  edit: (opts: { id?: string; unitId?: string }) =>
    opts.id ? `/package-competition/pages/edit/index?id=${id(opts.id)}` : `/package-competition/pages/edit/index?unitId=${id(opts.unitId ?? '')}`,
  signups: (competitionId: string) => `/package-competition/pages/signups/index?id=${id(competitionId)}`,
  checkin: (competitionId: string) => `/package-competition/pages/checkin/index?id=${id(competitionId)}`,
  results: (competitionId: string) => `/package-competition/pages/results/index?id=${id(competitionId)}`,
  progress: '/package-competition/pages/progress/index',
} as const
