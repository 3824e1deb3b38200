/**
 * Every screen's path and who it is for: the router is built from this table (App.tsx), and
 * the accessibility test walks it, so a new screen is scanned the day it is added.
 */
export const ROUTES = {
  plans: { path: '/', who: 'PUBLIC' },
  plan: { path: '/plans/:id', who: 'PUBLIC' },
  planEdit: { path: '/plans/:id/edit', who: 'PROVINCE_ADMIN' },
  directory: { path: '/directory', who: 'PUBLIC' },
  signIn: { path: '/sign-in', who: 'PUBLIC' },
  todo: { path: '/todo', who: 'AGENCY' },
  review: { path: '/review', who: 'PROVINCE_ADMIN' },
  assign: { path: '/assign', who: 'PROVINCE_ADMIN' },
  registry: { path: '/registry', who: 'PROVINCE_ADMIN' },
  national: { path: '/national', who: 'PUBLIC' },
  report: { path: '/report', who: 'PUBLIC' },
  keys: { path: '/keys', who: 'PROVINCE_ADMIN' },
  users: { path: '/users', who: 'PROVINCE_ADMIN' },
  audit: { path: '/audit', who: 'PROVINCE_ADMIN' },
  import: { path: '/import', who: 'PROVINCE_ADMIN' },
} as const satisfies Record<string, { path: string; who: 'PUBLIC' | 'AGENCY' | 'PROVINCE_ADMIN' }>;

export type RouteName = keyof typeof ROUTES;
