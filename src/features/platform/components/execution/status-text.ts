import type {
  PlanEnvironment,
  PlanEnvironmentStatus,
  UpgradePlan,
} from '@/contract/platform-plans';
import { formatCount } from '@/lib/format';
import { startBlocker } from './execution-view';

export const statusLabels: Record<PlanEnvironmentStatus, string> = {
  'not-started': 'Not started',
  upgrading: 'Upgrading',
  failed: 'Failed',
  upgraded: 'Platform upgraded',
  published: 'Applications published',
  tested: 'Tested: done',
};

/** "412 of 1,024 modules prepared" */
export function preparedText(prepared: number, total: number): string {
  return `${formatCount(prepared)} of ${formatCount(total)} modules prepared`;
}

/** "3 of 8 applications published" */
export function publishedText(published: number, total: number): string {
  return `${formatCount(published)} of ${formatCount(total)} applications published`;
}

function upgradeAction(env: PlanEnvironment): string {
  if (env.hosting === 'cloud') return 'Next: request the upgrade from OutSystems.';
  if (env.strategy === 'zero-downtime')
    return 'Next: upgrade the front-ends half at a time (zero-downtime).';
  return 'Next: maintenance mode on, run the installer, then Apply and Exit.';
}

/** What this environment is waiting for, or what to do next, as one sentence. */
export function nextStepText(plan: UpgradePlan, env: PlanEnvironment): string {
  const prep = env.modulePreparation;
  switch (env.status) {
    case 'not-started':
      return startBlocker(plan, env) ?? upgradeAction(env);
    case 'upgrading': {
      const step = env.execution.steps.find((s) => s.status === 'running');
      if (env.execution.status === 'scheduled') return 'Scheduled: OutSystems upgrades it then.';
      return step ? `In progress: ${step.title}.` : 'In progress.';
    }
    case 'failed': {
      const failure = env.execution.failure;
      return failure ? `${failure.title}: retry resumes at that step.` : 'Failed: retry it.';
    }
    case 'upgraded':
      if (env.kind === 'lifetime') return 'LifeTime is up to date: upgrade the environments next.';
      if (prep?.status === 'running')
        return `Preparing modules (${preparedText(prep.prepared, prep.total)}), then publish.`;
      if (prep?.status === 'failed')
        return `Modules preparation stopped at ${prep.failedModule ?? 'a module'}: retry it.`;
      return 'Next: publish the applications in the new version.';
    case 'published':
      return 'Next: test the hot-points and check the Error Log (Testing tab).';
    case 'tested':
      return 'Done.';
  }
}
