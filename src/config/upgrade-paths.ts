/** The steps of the upgrade wizard, in order; each is a child URL of …/upgrade. */
export const upgradeSteps = ['version', 'access', 'connectors', 'review', 'progress'] as const;
export type UpgradeStep = (typeof upgradeSteps)[number];

/** URLs of the upgrade wizard (kept apart from paths.ts, which the detail page owns). */
export const upgradePaths = {
  upgrade: {
    path: 'applications/:applicationId/upgrade',
    href: (applicationId: string, step: UpgradeStep = 'version', search = '') =>
      `/applications/${encodeURIComponent(applicationId)}/upgrade/${step}${search}`,
  },
} as const;
