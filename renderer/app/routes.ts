/** The screens of ARCHITECTURE.md §2 reachable from the navigation, in display order. */
export const navRoutes = [
  { path: '/dashboard', labelKey: 'common.nav.dashboard' },
  { path: '/cases', labelKey: 'common.nav.cases' },
  { path: '/calendar', labelKey: 'common.nav.calendar' },
  { path: '/intake', labelKey: 'common.nav.intake' },
  { path: '/contacts', labelKey: 'common.nav.contacts' },
  { path: '/keys', labelKey: 'common.nav.keys' },
  { path: '/import', labelKey: 'common.nav.import' },
  { path: '/export', labelKey: 'common.nav.export' },
  { path: '/cve-ids', labelKey: 'common.nav.cveIds' },
  { path: '/statistics', labelKey: 'common.nav.statistics' },
  { path: '/settings', labelKey: 'common.nav.settings' },
] as const;

export type NavPath = (typeof navRoutes)[number]['path'];
