// Where the steering pages are: all in the package-command subpackage (staff and members open them
// from 我的; a notice also opens from the home page's pinned card).
export const COMMAND_ROUTES = {
  dashboard: '/package-command/pages/dashboard/index',
  notices: '/package-command/pages/notices/index',
  notice: (id: string) => `/package-command/pages/notice/index?id=${encodeURIComponent(id)}`,
  publish: '/package-command/pages/publish/index',
  receipts: (noticeId: string, unitId: string) =>
    `/package-command/pages/receipts/index?id=${encodeURIComponent(noticeId)}&unitId=${encodeURIComponent(unitId)}`,
} as const
