import type { Infrastructure } from '@/contract/platform';
import type { PublishMode, UpgradePlan } from '@/contract/platform-plans';
import type { PlanPhase } from '@/config/paths';
import { compareVersions } from '@/lib/version-compare';
import { deployAllAvailable } from '../../publish-mode';

/** "Upgrade Northwind to 11.19.0"; without the infrastructure's name, "Upgrade to 11.19.0". */
export function planTitle(plan: UpgradePlan, infrastructureName?: string): string {
  return infrastructureName
    ? `Upgrade ${infrastructureName} to ${plan.to}`
    : `Upgrade to ${plan.to}`;
}

export function infrastructureOf(
  plan: UpgradePlan,
  infrastructures: readonly Infrastructure[],
): Infrastructure | undefined {
  return infrastructures.find((i) => i.id === plan.infrastructureId);
}

export const phaseLabels: Record<PlanPhase, string> = {
  analysis: 'Analysis',
  planning: 'Planning',
  execution: 'Execution',
  testing: 'Testing',
};

const applicationEnvironments = (plan: UpgradePlan) =>
  plan.environments.filter((e) => e.kind === 'application');

/** Changes marked reviewed or needing a fix, of all the crossed ones. */
export function reviewedCount(plan: UpgradePlan): number {
  return plan.changes.filter((c) => c.review !== 'unreviewed').length;
}

/** Where each phase stands, in words (never by colour alone): "3 of 9 reviewed". */
export function phaseState(plan: UpgradePlan, phase: PlanPhase): string {
  const apps = applicationEnvironments(plan);
  switch (phase) {
    case 'analysis':
      return plan.changes.length === 0
        ? 'Nothing to review'
        : `${String(reviewedCount(plan))} of ${String(plan.changes.length)} reviewed`;
    case 'planning': {
      if (plan.blockers.some((b) => !b.resolved)) return 'Blocked';
      const scheduled = apps.filter((e) => e.schedule !== null).length;
      return scheduled === apps.length
        ? 'Ready'
        : `${String(scheduled)} of ${String(apps.length)} scheduled`;
    }
    case 'execution': {
      const done = plan.environments.filter((e) =>
        ['upgraded', 'published', 'tested'].includes(e.status),
      ).length;
      return `${String(done)} of ${String(plan.environments.length)} upgraded`;
    }
    case 'testing': {
      const tested = apps.filter((e) => e.status === 'tested').length;
      return `${String(tested)} of ${String(apps.length)} tested`;
    }
  }
}

export const publishModeLabels: Record<PublishMode, string> = {
  all: 'Publish all applications after the upgrade',
  gradual: 'Publish gradually after modules preparation',
};

/** Why, in the seed's words: which upgrade scenario the plan is. */
export function publishModeReason(plan: Pick<UpgradePlan, 'from' | 'to' | 'publishMode'>): string {
  const deployAll = deployAllAvailable(plan.to)
    ? ' From 11.19.0, Deploy All can publish every module in one go.'
    : '';
  if (plan.publishMode === 'gradual')
    return `Upgrading from Platform Server 11.x to 11.12.0 or later: once the modules preparation step finishes, you can publish your applications gradually, following your teams' pace.${deployAll}`;
  if (compareVersions(plan.from, '11') < 0)
    return `Upgrading from Platform Server 10 or previous to Platform Server 11: you must publish all your applications after the Platform Server is upgraded.${deployAll}`;
  return `Upgrading from Platform Server 11.x to 11.11.3 or earlier: you must publish all your applications after the Platform Server is upgraded.${deployAll}`;
}
