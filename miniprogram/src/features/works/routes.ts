// Where the works pages are. The gallery and a work's page are in the main package (they open from
// shared cards); everything else lives in the package-works subpackage.

export const WORK_ROUTES = {
  gallery: '/pages/works/index',
  detail: (id: string) => `/pages/works/detail?id=${encodeURIComponent(id)}`,
  /** A fresh form (`fresh`), or the draft with this id; without either, the last draft is continued. */
  submit: (opts: { id?: string; fresh?: boolean } = {}) =>
    opts.id
      ? `/package-works/pages/submit/index?id=${encodeURIComponent(opts.id)}`
      : opts.fresh
        ? '/package-works/pages/submit/index?new=1'
        : '/package-works/pages/submit/index',
  mine: '/package-works/pages/mine/index',
  review: '/package-works/pages/review/index',
  select: '/package-works/pages/select/index',
} as const
