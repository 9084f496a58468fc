import type { RunbookStepId } from '@/contract/server-upgrades';
import type { StepStatus } from '@/contract/operations';

/** The seed's steps by their short names, as the runbook lists and announces them. */
export const stepLabels: Record<RunbookStepId, string> = {
  download: 'Download',
  packages: 'Update packages',
  configuration: 'Configuration',
  export: 'Export',
  dns: 'DNS',
  down: 'Down',
  upgrade: 'Upgrade',
  up: 'Up',
  check: 'Check',
  version: 'Version',
};

export const statusLabels: Record<StepStatus, string> = {
  pending: 'Pending',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
};

/** "Download: done", "Update packages failed": one line for the polite live region. */
export function announcement(id: RunbookStepId, status: StepStatus): string {
  return status === 'failed'
    ? `${stepLabels[id]} failed`
    : `${stepLabels[id]}: ${statusLabels[status].toLowerCase()}`;
}

export { MONOSPACE as MONO } from '@/components/operation/log-box';

const clock = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "10:02:43", in the reader's zone. */
export function clockTime(iso: string): string {
  return clock.format(new Date(iso));
}

/** "2 min 15 s", "40 s", "1 h 5 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${String(h)} h ${String(m)} min`;
  if (m > 0) return `${String(m)} min ${String(s)} s`;
  return `${String(s)} s`;
}

/** The docs page the seed sends people to for resetting their data (never a button here). */
export const RESET_CONFIGURATION_DOCS =
  'https://docs.appcircle.io/self-hosted-appcircle/install-server/docker#reset-configuration';
