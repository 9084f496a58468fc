import type { EnvironmentRole, Hosting, PlatformApp } from '@/contract/platform';
import type {
  ChecklistItemId,
  ExecutionStepId,
  PublicationMethod,
  PublishMode,
  Strategy,
} from '@/contract/platform-plans';
import { compareVersions } from '@/lib/version-compare';
import { deployAllAvailable, GRADUAL_FROM } from './publish-mode';

/** What one environment's upgrade consists of: its steps, its hand-ticked items, how to publish. */

const STEP_TITLES: Record<ExecutionStepId, string> = {
  'dedicated-environment': 'Reinstall LifeTime in a dedicated environment',
  installer: 'Run the Platform Server installer (installation checklist, upgrade option)',
  'apply-and-exit': 'Apply and Exit: publish the latest Service Center and System Components',
  'disable-front-ends': 'Disable the front-end servers in Service Center',
  'upgrade-controller': 'Upgrade the platform in the controller node',
  'disconnect-half': 'Disconnect half of the front-end servers in each zone at the load balancer',
  'upgrade-half': 'Upgrade those servers, then enable them in Service Center',
  'switch-front-ends':
    'Switch the active front-end servers in the load balancer to the upgraded ones',
  'upgrade-rest': 'Upgrade the remaining front-end servers',
  'reconnect-all': 'Reconnect all servers to the load balancer',
  request: 'Open the upgrade request: environments, version and when, with the time zone',
  approval: "An infrastructure admin's approval",
  'outsystems-upgrade': 'OutSystems upgrades the Platform Server on the agreed schedule',
};

const ZERO_DOWNTIME: ExecutionStepId[] = [
  'disable-front-ends',
  'upgrade-controller',
  'disconnect-half',
  'upgrade-half',
  'switch-front-ends',
  'upgrade-rest',
  'reconnect-all',
];

/** The steps of one environment's Platform Server upgrade, in the seed's order. */
export function executionStepsFor(env: {
  kind: 'lifetime' | 'application';
  hosting: Hosting;
  strategy: Strategy;
  lifeTimeShared: boolean;
  to: string;
  /** Gradual publishing: Apply and Exit also starts modules preparation. */
  modulePreparation: boolean;
}): { id: ExecutionStepId; title: string }[] {
  let ids: ExecutionStepId[];
  if (env.kind === 'lifetime')
    ids = [
      ...(env.lifeTimeShared && compareVersions(env.to, '11') >= 0
        ? (['dedicated-environment'] as const)
        : []),
      'installer',
      'apply-and-exit',
    ];
  else if (env.hosting === 'cloud') ids = ['request', 'approval', 'outsystems-upgrade'];
  else if (env.strategy === 'zero-downtime') ids = ZERO_DOWNTIME;
  else ids = ['installer', 'apply-and-exit'];
  const titleOf = (id: ExecutionStepId) =>
    id === 'apply-and-exit' && env.modulePreparation && env.kind === 'application'
      ? `${STEP_TITLES[id]}, start modules preparation`
      : STEP_TITLES[id];
  return ids.map((id) => ({ id, title: titleOf(id) }));
}

/** What people do by hand around one environment's upgrade, ticked on its execution page. */
export function checklistFor(
  env: {
    kind: 'lifetime' | 'application';
    role: EnvironmentRole | null;
    hosting: Hosting;
    apps: readonly PlatformApp[];
    forgeComponents: readonly { name: string; installedVersion: string; latestVersion: string }[];
    developers: number;
  },
  to: string,
): { id: ChecklistItemId; label: string; detail: string }[] {
  if (env.kind === 'lifetime') return [];
  const items: { id: ChecklistItemId; label: string; detail: string }[] = [];
  if (env.developers > 0)
    items.push({
      id: 'dev-tools',
      label: 'Development tools upgraded',
      detail: `Service Studio and Integration Studio of the matching version installed for its ${String(env.developers)} developers.`,
    });
  if (
    env.role === 'development' &&
    (env.hosting === 'self-managed' || compareVersions(to, GRADUAL_FROM) >= 0)
  )
    items.push({
      id: 'ui-components',
      label: 'OutSystems UI components updated',
      detail:
        env.hosting === 'cloud'
          ? "From 11.12.0 you're responsible for updating OutSystems UI, Charts, Maps, the UI templates and Sample Data."
          : 'On a self-managed environment nobody installs them for you: update OutSystems UI, Charts, Maps, the UI templates and Sample Data.',
    });
  const mobile = env.apps.filter((a) => a.kind === 'mobile').map((a) => a.name);
  if (env.role === 'production' && mobile.length > 0)
    items.push({
      id: 'mobile-build',
      label: 'New mobile builds distributed',
      detail: `The upgrade triggers over-the-air upgrades of ${mobile.join(', ')}; generating and distributing a new build avoids them.`,
    });
  const newer = env.forgeComponents.filter((c) => c.latestVersion !== c.installedVersion);
  if (newer.length > 0)
    items.push({
      id: 'forge-components',
      label: 'Forge components upgraded and validated',
      detail: `Newer versions exist of ${newer.map((c) => `${c.name} (${c.installedVersion} → ${c.latestVersion})`).join(', ')}.`,
    });
  return items;
}

/**
 * How applications can be published in the new version: Development through an all-modules
 * solution, the others staged from an upgraded environment or fixed in place; Deploy All from
 * 11.19.0; gradual only when the publish mode allows it.
 */
export function publicationMethods(
  role: EnvironmentRole | null,
  to: string,
  mode: PublishMode,
): PublicationMethod[] {
  const methods: PublicationMethod[] = role === 'development' ? ['solution'] : ['stage', 'code'];
  if (deployAllAvailable(to)) methods.push('deploy-all');
  if (mode === 'gradual') methods.push('gradual');
  return methods;
}
