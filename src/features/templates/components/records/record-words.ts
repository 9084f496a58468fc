import type { UpgradeRecord } from '@/contract/template-upgrade-records';

/** "1.0 → 1.1" */
export const fromTo = (r: Pick<UpgradeRecord, 'fromVersion' | 'toVersion'>) =>
  `${r.fromVersion} → ${r.toVersion}`;

/** "4 components, 1 left out" */
export function componentsText(r: Pick<UpgradeRecord, 'componentCount' | 'leftOutCount'>): string {
  const upgraded = `${String(r.componentCount)} ${r.componentCount === 1 ? 'component' : 'components'}`;
  return r.leftOutCount > 0 ? `${upgraded}, ${String(r.leftOutCount)} left out` : upgraded;
}
