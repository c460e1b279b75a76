export default defineAppConfig({
  // Main package: what a worker (or someone opening a shared card) needs. Tab pages must live here.
  pages: [
    'pages/index/index',
    'pages/me/index',
    'pages/profile/index',
    'pages/join/index',
    'pages/privacy/index',
    'pages/works/index',
    'pages/works/detail',
    'pages/ideas/index',
    'pages/ideas/detail',
    'pages/competition/index',
    'pages/competition/detail',
  ],
  // Staff-only areas load only when a chair or the city union opens them, keeping the download every
  // worker waits for small. https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html
  subPackages: [
    {
      root: 'package-admin',
      // Day one: setup, importing the tree, inviting the chairs, a chair accepting (features/setup).
      pages: [
        'pages/unit/index',
        'pages/tree/index',
        'pages/roles/index',
        'pages/campaign/index',
        'pages/setup/index',
        'pages/import/index',
        'pages/chair-invites/index',
        'pages/chair-invite/index',
      ],
    },
    // Works (R5): submitting, "my works", the chairs' review and the city union's selection. The
    // public gallery and a work's page stay in the main package: they open from shared cards.
    {
      root: 'package-works',
      pages: ['pages/submit/index', 'pages/mine/index', 'pages/review/index', 'pages/select/index'],
    },
    // Golden ideas (R6): writing one (with similar-idea hints), "my ideas", unit review, blind
    // judging and the city union's panels and adoption. The showcase stays in the main package.
    {
      root: 'package-ideas',
      pages: [
        'pages/hub/index',
        'pages/submit/index',
        'pages/mine/index',
        'pages/idea/index',
        'pages/review/index',
        'pages/review-detail/index',
        'pages/judge/index',
        'pages/judge-detail/index',
        'pages/city/index',
        'pages/city-detail/index',
      ],
    },
    // Competitions (R4): "my sign-ups" and everything organisers do. The list and a competition's
    // public page stay in the main package: they open from the home page and shared cards.
    {
      root: 'package-competition',
      pages: [
        'pages/mine/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/signups/index',
        'pages/checkin/index',
        'pages/results/index',
        'pages/progress/index',
      ],
    },
    // 展职工风采 (R3, R2): nominating, review, the notice, commendation, certificates and the 匠心筑梦
    // stories. The public pages (notice, certificate check, stories) live here too: a shared card or a
    // certificate's code that opens a subpackage page downloads the main package and this subpackage
    // first (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html), and the main
    // package every worker waits for stays smaller.
    {
      root: 'package-honours',
      pages: [
        'pages/notice/index',
        'pages/verify/index',
        'pages/stories/index',
        'pages/story/index',
        'pages/mine/index',
        'pages/quotas/index',
        'pages/nominations/index',
        'pages/nominate/index',
        'pages/review/index',
        'pages/city/index',
        'pages/story-admin/index',
        'pages/story-edit/index',
      ],
    },
    // Care visits (R7): staff only, never shared, never in the main package.
    {
      root: 'package-care',
      pages: ['pages/visits/index', 'pages/record/index', 'pages/visit/index', 'pages/log/index'],
    },
    // Steering the campaign (R1, R8, R9, R10), staff and chairs: the dashboard, notices (members read
    // them; the city union and area chairs publish and see receipts; a pinned notice opens from the home
    // page into this package) and the unit summary reports.
    {
      root: 'package-command',
      pages: [
        'pages/dashboard/index',
        'pages/notices/index',
        'pages/notice/index',
        'pages/publish/index',
        'pages/receipts/index',
        'pages/report-mine/index',
        'pages/report-status/index',
        'pages/report/index',
      ],
    },
  ],
  // Staff reach their pages from 我的; fetching the admin package in the background there (on Wi-Fi
  // only, so workers on mobile data pay nothing) makes the first tap instant.
  preloadRule: {
    'pages/me/index': { network: 'wifi', packages: ['package-admin'] },
    // From the gallery the next tap is often 我要投稿 / 我的作品.
    'pages/works/index': { network: 'all', packages: ['package-works'] },
    // From the showcase the next tap is often 我要提金点子.
    'pages/ideas/index': { network: 'all', packages: ['package-ideas'] },
  },
  tabBar: {
    color: '#6B625B',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
  window: {
    navigationBarTitleText: '职工风采',
    // The festive red of the design tokens ($zg-color-primary); the bar's text must then be white.
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTextStyle: 'white',
    backgroundColor: '#FBF7F2',
    backgroundTextStyle: 'dark',
  },
  // Only components a page actually renders are injected at start-up, which shortens launch on
  // old phones. https://developers.weixin.qq.com/miniprogram/dev/framework/ability/lazyload.html
  lazyCodeLoading: 'requiredComponents',
})
