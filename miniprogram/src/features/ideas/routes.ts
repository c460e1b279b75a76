// Where the golden-idea pages are. The showcase and an adopted idea's page are in the main package
// (they open from shared cards); submitting, "my ideas", review, judging and the city union's work
// live in the package-ideas subpackage.
export const IDEA_ROUTES = {
  showcase: '/pages/ideas/index',
  detail: (id: string) => `/pages/ideas/detail?id=${encodeURIComponent(id)}`,
  hub: '/package-ideas/pages/hub/index',
  /** A new idea, or an existing draft / returned idea of the author's to continue. */
  submit: (id?: string) => (id ? `/package-ideas/pages/submit/index?id=${encodeURIComponent(id)}` : '/package-ideas/pages/submit/index'),
  mine: '/package-ideas/pages/mine/index',
  mineDetail: (id: string) => `/package-ideas/pages/idea/index?id=${encodeURIComponent(id)}`,
  review: '/package-ideas/pages/review/index',
  reviewDetail: (id: string) => `/package-ideas/pages/review-detail/index?id=${encodeURIComponent(id)}`,
  judge: '/package-ideas/pages/judge/index',
  judgeDetail: (id: string) => `/package-ideas/pages/judge-detail/index?id=${encodeURIComponent(id)}`,
  city: '/package-ideas/pages/city/index',
  cityDetail: (id: string) => `/package-ideas/pages/city-detail/index?id=${encodeURIComponent(id)}`,
} as const
