import { RunbookStepId, type RunbookStep, type UpgradeMode } from '@/contract/server-upgrades';

/**
 * The seed's runbook ("Upgrade Server"), in its order. One definition for the screens that show
 * it and the simulator that refuses a step out of order.
 */

export const SCRIPT = './ac-self-hosted.sh';

/** The contract lists the steps in the seed's order. */
export const RUNBOOK: readonly RunbookStepId[] = RunbookStepId.options;

/** Nothing before `down` takes the server down; these run only after the downtime dialog. */
export const DOWNTIME_STEPS: readonly RunbookStepId[] = [
  'down',
  'upgrade',
  'up',
  'check',
  'version',
];

/** Steps the server's agent runs as operations in run-here mode, grouped as they start. */
export const AGENT_RUNS: Record<'prepare' | 'export' | 'apply', readonly RunbookStepId[]> = {
  prepare: ['download', 'packages'],
  export: ['export'],
  apply: DOWNTIME_STEPS,
};

export const stepTitles: Record<RunbookStepId, string> = {
  download: 'Download the package',
  packages: 'Update packages',
  configuration: 'Review the configuration',
  export: 'Export the configuration',
  dns: 'Add new subdomains to DNS',
  down: 'Stop the server',
  upgrade: 'Pull the new images',
  up: 'Start the server',
  check: 'Check service statuses',
  version: 'Print the image hashes',
};

export function packageZip(version: string): string {
  return `appcircle-server-linux-x64-${version}.zip`;
}

/** The exact commands of a step, as the operator types them. */
export function commandsFor(step: RunbookStepId, project: string, version: string): string[] {
  const run = (command: string) => `${SCRIPT} -n "${project}" ${command}`;
  switch (step) {
    case 'download':
      return [
        `curl -O -L https://cdn.appcircle.io/self-hosted/appcircle/${packageZip(version)}`,
        `unzip -o -u ${packageZip(version)} -d appcircle-server`,
        'cd appcircle-server',
      ];
    case 'packages':
      return [`sudo ${SCRIPT} -i`];
    case 'configuration':
      return [`vi projects/${project}/global.yaml`];
    case 'export':
    case 'down':
    case 'upgrade':
    case 'up':
    case 'check':
    case 'version':
      return [run(step)];
    case 'dns':
      return [];
  }
}

export function initialSteps(project: string, version: string): RunbookStep[] {
  return RUNBOOK.map((id) => ({
    id,
    status: 'pending',
    commands: commandsFor(id, project, version),
    startedAt: null,
    finishedAt: null,
    log: [],
  }));
}

const finished = (step: RunbookStep) => step.status === 'done' || step.status === 'skipped';

/** The first step not done yet: the one the runbook is at. Undefined when all are done. */
export function currentStep(steps: readonly RunbookStep[]): RunbookStep | undefined {
  return steps.find((s) => !finished(s));
}

/** Every step before `id` is done or skipped. */
export function isReady(steps: readonly RunbookStep[], id: RunbookStepId): boolean {
  const index = steps.findIndex((s) => s.id === id);
  return index >= 0 && steps.slice(0, index).every(finished);
}

/** In manual mode the operator marks every step; in run-here mode only the ones the agent does not run. */
export function operatorMarks(mode: UpgradeMode, id: RunbookStepId): boolean {
  return mode === 'manual' || id === 'configuration' || id === 'dns';
}
