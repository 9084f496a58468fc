import type { ComponentChange } from '@/contract/template-diff';
import type { UpgradeStatus } from '@/contract/template-upgrades';

/** The words for statuses and changes, as the issue names them. */
export const upgradeStatusLabels: Record<UpgradeStatus, string> = {
  upgrading: 'Upgrading',
  upgraded: 'Upgraded',
  'partially-upgraded': 'Partially upgraded',
  failed: 'Failed',
  'rolling-back': 'Rolling back',
  'rolled-back': 'Rolled back',
  'rollback-failed': 'Rollback failed',
};

export const componentChangeLabels: Record<ComponentChange, string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  unchanged: 'Unchanged',
};
