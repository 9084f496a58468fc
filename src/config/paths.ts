/** Tabs of the application detail page; each is a child URL ('' is the Overview). */
export const applicationTabs = [
  '',
  'services',
  'infrastructure',
  'connectors',
  'access',
  'work',
  'history',
] as const;
export type ApplicationTab = (typeof applicationTabs)[number];

/** Every URL of the console, typed; routes and links both read from here. */
export const paths = {
  home: { path: '/', href: () => '/' },
  applications: {
    list: { path: '/applications', href: (search = '') => `/applications${search}` },
    readinessCheck: {
      path: ':applicationId/readiness-check',
      href: (applicationId: string, search = '') =>
        `/applications/${encodeURIComponent(applicationId)}/readiness-check${search}`,
    },
    detail: {
      path: ':applicationId',
      href: (applicationId: string, tab: ApplicationTab = '') =>
        `/applications/${encodeURIComponent(applicationId)}${tab ? `/${tab}` : ''}`,
    },
  },
} as const;
