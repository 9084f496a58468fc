import * as installedUpgradeData from './templates/installed-upgrade-data';
import * as templateDiffData from './templates/template-diff-data';

/**
 * Every route module but the first screen's, in a chunk of its own (see lazy-route.ts).
 * The key is the module's path under src/app/routes.
 */
export const routeModules = {
  'applications/readiness-check': () => import('./applications/readiness-check'),
  'applications/detail': () => import('./applications/detail'),
  'applications/detail-overview': () => import('./applications/detail-overview'),
  'applications/detail-services': () => import('./applications/detail-services'),
  'applications/detail-infrastructure': () => import('./applications/detail-infrastructure'),
  'applications/detail-connectors': () => import('./applications/detail-connectors'),
  'applications/detail-access': () => import('./applications/detail-access'),
  'applications/detail-access-manage': () => import('./applications/detail-access-manage'),
  'applications/detail-work': () => import('./applications/detail-work'),
  'applications/detail-history': () => import('./applications/detail-history'),
  'inbox/inbox': () => import('./inbox/inbox'),
  'inbox/events': () => import('./inbox/events'),
  'inbox/archived': () => import('./inbox/archived'),
  'platform/home': () => import('./platform/home'),
  'platform/plan': () => import('./platform/plan'),
  'platform/plan-analysis': () => import('./platform/plan-analysis'),
  'platform/plan-planning': () => import('./platform/plan-planning'),
  'platform/execution': () => import('./platform/execution'),
  'platform/execution-stage': () => import('./platform/execution-stage'),
  'platform/execution-environment': () => import('./platform/execution-environment'),
  'platform/testing': () => import('./platform/testing'),
  'self-hosted/list': () => import('./self-hosted/list'),
  'self-hosted/detail': () => import('./self-hosted/detail'),
  'self-hosted/detail-versions': () => import('./self-hosted/detail-versions'),
  'self-hosted/detail-versions-register': () => import('./self-hosted/detail-versions-register'),
  'self-hosted/detail-versions-withdraw': () => import('./self-hosted/detail-versions-withdraw'),
  'self-hosted/detail-versions-confirm-update': () =>
    import('./self-hosted/detail-versions-confirm-update'),
  'self-hosted/detail-versions-confirm-reactivate': () =>
    import('./self-hosted/detail-versions-confirm-reactivate'),
  'self-hosted/detail-tenants': () => import('./self-hosted/detail-tenants'),
  'self-hosted/detail-settings': () => import('./self-hosted/detail-settings'),
  'self-hosted/detail-history': () => import('./self-hosted/detail-history'),
  'servers/list': () => import('./servers/list'),
  'servers/detail': () => import('./servers/detail'),
  'servers/detail-installation': () => import('./servers/detail-installation'),
  'servers/detail-upgrades': () => import('./servers/detail-upgrades'),
  'servers/detail-history': () => import('./servers/detail-history'),
  'servers/record': () => import('./servers/record'),
  'servers/upgrade': () => import('./servers/upgrade'),
  'servers/upgrade-downtime': () => import('./servers/upgrade-downtime'),
  'templates/templates-list': () => import('./templates/templates-list'),
  'templates/template-detail': () => import('./templates/template-detail'),
  'templates/template-publish': () => import('./templates/template-publish'),
  'templates/template-diff': () => import('./templates/template-diff'),
  'templates/installed-list': () => import('./templates/installed-list'),
  'templates/installed-detail': () => import('./templates/installed-detail'),
  'templates/installed-upgrade': () => import('./templates/installed-upgrade'),
  'templates/installed-record': () => import('./templates/installed-record'),
  'templates/installed-rollback': () => import('./templates/installed-rollback'),
  'applications/upgrade': () => import('./applications/upgrade'),
  'applications/upgrade-version': () => import('./applications/upgrade-version'),
  'applications/upgrade-access': () => import('./applications/upgrade-access'),
  'applications/upgrade-connectors': () => import('./applications/upgrade-connectors'),
  'applications/upgrade-review': () => import('./applications/upgrade-review'),
  'applications/upgrade-progress': () => import('./applications/upgrade-progress'),
};

export type RouteModuleName = keyof typeof routeModules;

/**
 * The loaders that live apart from their route's module, so the router starts them beside the
 * module's download rather than after it: a page whose data is large (lazy-route.ts). They are
 * in this chunk, not in chunks of their own: a loader imported beside its page's ~60 files was
 * only evaluated with them, and its fetch started about 700 ms later (4x CPU).
 */
export const routeLoaders = {
  'templates/template-diff': templateDiffData,
  'templates/installed-upgrade': installedUpgradeData,
} satisfies Partial<Record<RouteModuleName, { loader: unknown }>>;

export type RouteWithLoaderName = keyof typeof routeLoaders;
