import type { ExecutionStepId } from '@/contract/platform-plans';
import { installedComponents, publishMode } from '@/features/platform/publish-mode';
import type { Db } from '../db';
import { findEnvironment, type PlanEnvironmentRecord, type PlanRecord } from './state';

/** The front-ends of each zone, split in the two halves zero-downtime upgrades in turn. */
function halves(db: Db, environmentId: string) {
  const zones = findEnvironment(db, environmentId)?.zones ?? [];
  const first = zones.flatMap((z) => z.frontEnds.slice(0, Math.ceil(z.frontEnds.length / 2)));
  const rest = zones.flatMap((z) => z.frontEnds.slice(Math.ceil(z.frontEnds.length / 2)));
  const names = (list: { name: string }[]) => list.map((fe) => fe.name).join(', ');
  return { first: names(first), rest: names(rest), all: names([...first, ...rest]) };
}

/** What a finished step did, as the execution page lists it. */
export function stepDetail(
  db: Db,
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  id: ExecutionStepId,
): string {
  const to = plan.to;
  const fe = () => halves(db, env.environmentId);
  switch (id) {
    case 'dedicated-environment':
      return 'LifeTime reinstalled in its own environment.';
    case 'installer':
      return `Platform Server ${to} installed (Installation Checklist, upgrade option).`;
    case 'apply-and-exit':
      return publishMode(env.fromVersion, to) === 'gradual'
        ? 'Service Center and System Components published; modules preparation started.'
        : 'Service Center and System Components published.';
    case 'disable-front-ends':
      return `Disabled in Service Center: ${fe().all}.`;
    case 'upgrade-controller':
      return `Platform Server ${to} installed on the controller.`;
    case 'disconnect-half':
      return `Disconnected at the load balancer: ${fe().first}.`;
    case 'upgrade-half':
      return `Upgraded and enabled: ${fe().first}.`;
    case 'switch-front-ends':
      return `The load balancer now sends users to ${fe().first}.`;
    case 'upgrade-rest':
      return `Upgraded: ${fe().rest}.`;
    case 'reconnect-all':
      return `Reconnected to the load balancer: ${fe().all}.`;
    case 'request': {
      const when = env.schedule
        ? `${new Intl.DateTimeFormat('en-GB', {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: env.schedule.timeZone,
          }).format(new Date(env.schedule.at))} (${env.schedule.timeZone})`
        : 'as soon as possible';
      return `Support ticket opened: ${env.name} to ${to}, ${when}.`;
    }
    case 'approval':
      return `Approved by ${env.execution.approvedBy ?? 'an infrastructure admin'}.`;
    case 'outsystems-upgrade': {
      const components = installedComponents(env, to);
      return components.length > 0
        ? `OutSystems upgraded the Platform Server to ${to} and installed ${components.join(', ')}.`
        : `OutSystems upgraded the Platform Server to ${to}.`;
    }
  }
}
