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
  },
} as const;
