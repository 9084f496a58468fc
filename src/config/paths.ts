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

/** Tabs of a self-hosted application's page; each is a child URL ('' is Versions). */
export const selfHostedTabs = ['', 'tenants', 'settings', 'history'] as const;
export type SelfHostedTab = (typeof selfHostedTabs)[number];

/** Tabs of a server's page; each is a child URL ('' is the installation). */
export const serverTabs = ['', 'upgrades', 'history'] as const;
export type ServerTab = (typeof serverTabs)[number];

/** The seed's four phases of a platform upgrade, in order. */
export const planPhases = ['analysis', 'planning', 'execution', 'testing'] as const;
export type PlanPhase = (typeof planPhases)[number];

/** The Versions tab's dialogs, one child URL each: …/versions/<version>/<dialog>. */
export const versionDialogs = [
  'register',
  'withdraw',
  'confirm-update',
  'confirm-reactivate',
] as const;
export type VersionDialog = (typeof versionDialogs)[number];

const versionDialog = (dialog: VersionDialog) => ({
  path: `versions/:version/${dialog}`,
  href: (applicationId: string, version: string) =>
    `/my-applications/${encodeURIComponent(applicationId)}/versions/${encodeURIComponent(version)}/${dialog}`,
});

/** The steps of the upgrade wizard, in order; each is a child URL of …/upgrade. */
export const upgradeSteps = ['version', 'access', 'connectors', 'review', 'progress'] as const;
export type UpgradeStep = (typeof upgradeSteps)[number];

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
    /** A dialog over the Access tab: a child URL of it. */
    manageAccess: {
      path: 'manage',
      href: (applicationId: string) =>
        `/applications/${encodeURIComponent(applicationId)}/access/manage`,
    },
    upgrade: {
      path: 'applications/:applicationId/upgrade',
      href: (applicationId: string, step: UpgradeStep = 'version', search = '') =>
        `/applications/${encodeURIComponent(applicationId)}/upgrade/${step}${search}`,
    },
  },
  selfHosted: {
    list: { path: '/my-applications', href: (search = '') => `/my-applications${search}` },
    detail: {
      path: ':applicationId',
      href: (applicationId: string, tab: SelfHostedTab = '') =>
        `/my-applications/${encodeURIComponent(applicationId)}${tab ? `/${tab}` : ''}`,
    },
    /** Dialogs over the Versions tab, child URLs of it, so Back closes them. */
    registerVersion: versionDialog('register'),
    withdrawRegistration: versionDialog('withdraw'),
    confirmUpdate: versionDialog('confirm-update'),
    confirmReactivate: versionDialog('confirm-reactivate'),
  },
  templates: {
    list: { path: '/templates', href: (search = '') => `/templates${search}` },
    detail: {
      path: ':templateId',
      href: (templateId: string) => `/templates/${encodeURIComponent(templateId)}`,
    },
    /** Publish a new version from the source application: a dialog over the detail. */
    publish: {
      path: 'publish',
      href: (templateId: string) => `/templates/${encodeURIComponent(templateId)}/publish`,
    },
    /** The diff between two versions; `search` carries from, to and the view options. */
    diff: {
      path: ':templateId/diff',
      href: (templateId: string, search = '') =>
        `/templates/${encodeURIComponent(templateId)}/diff${search}`,
    },
  },
  installed: {
    list: {
      path: '/installed-applications',
      href: (search = '') => `/installed-applications${search}`,
    },
    /** Upgrade management: current version, versions it can go to, its upgrade records. */
    detail: {
      path: ':installedId',
      href: (installedId: string) => `/installed-applications/${encodeURIComponent(installedId)}`,
    },
    /** Upgrade details: the diff to `to`, the components to upgrade, Upgrade; view options too. */
    upgrade: {
      path: ':installedId/upgrade',
      href: (installedId: string, search = '') =>
        `/installed-applications/${encodeURIComponent(installedId)}/upgrade${search}`,
    },
    record: {
      path: ':installedId/upgrades/:upgradeId',
      href: (installedId: string, upgradeId: string) =>
        `/installed-applications/${encodeURIComponent(installedId)}/upgrades/${encodeURIComponent(upgradeId)}`,
    },
    rollback: {
      path: ':installedId/upgrades/:upgradeId/rollback',
      href: (installedId: string, upgradeId: string, search = '') =>
        `/installed-applications/${encodeURIComponent(installedId)}/upgrades/${encodeURIComponent(upgradeId)}/rollback${search}`,
    },
  },
  servers: {
    list: { path: '/servers', href: (search = '') => `/servers${search}` },
    detail: {
      path: ':serverId',
      href: (serverId: string, tab: ServerTab = '') =>
        `/servers/${encodeURIComponent(serverId)}${tab ? `/${tab}` : ''}`,
    },
    /** The plan for `to`, then the runbook of the upgrade it starts (or the one unfinished). */
    upgrade: {
      path: ':serverId/upgrade',
      href: (serverId: string, to?: string) =>
        `/servers/${encodeURIComponent(serverId)}/upgrade${to ? `?to=${encodeURIComponent(to)}` : ''}`,
    },
    /** The downtime dialog over the runbook: a child URL, so Back closes it. */
    downtime: {
      path: 'downtime',
      href: (serverId: string) => `/servers/${encodeURIComponent(serverId)}/upgrade/downtime`,
    },
    record: {
      path: ':serverId/upgrades/:upgradeId',
      href: (serverId: string, upgradeId: string) =>
        `/servers/${encodeURIComponent(serverId)}/upgrades/${encodeURIComponent(upgradeId)}`,
    },
  },
  /** Platform upgrades across environments (seed "Upgrade OutSystems platform"). */
  platform: {
    /** Every infrastructure: LifeTime and its environments in staging order, and the plans. */
    home: { path: '/platform', href: () => '/platform' },
    /** A plan's four phases, one tab each: analysis, planning, execution, testing. */
    plan: {
      path: '/platform/plans/:planId',
      href: (planId: string, phase: PlanPhase = 'analysis') =>
        `/platform/plans/${encodeURIComponent(planId)}/${phase}`,
    },
    /** One environment's execution: platform, development tools, applications. */
    execution: {
      path: 'execution/:environmentId',
      href: (planId: string, environmentId: string) =>
        `/platform/plans/${encodeURIComponent(planId)}/execution/${encodeURIComponent(environmentId)}`,
    },
    /** "Stage an application", a dialog over the Execution tab; its choices preset when given. */
    stage: {
      path: 'stage',
      href: (planId: string, preset: { application?: string; from?: string; to?: string } = {}) => {
        const search = new URLSearchParams(
          Object.entries(preset).filter((e): e is [string, string] => Boolean(e[1])),
        ).toString();
        return `/platform/plans/${encodeURIComponent(planId)}/execution/stage${search ? `?${search}` : ''}`;
      },
    },
  },
  inbox: {
    path: '/inbox',
    /** tab: '' (Events) or 'archived'; category: the Events tab's filter, e.g. 'message'. */
    href: (tab: '' | 'archived' = '', search = '') => `/inbox${tab ? `/${tab}` : ''}${search}`,
  },
} as const;
