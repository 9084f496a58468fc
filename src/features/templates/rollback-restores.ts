import type { UpgradedComponent } from '@/contract/template-upgrade-records';

/**
 * Where a rollback takes each component: back to the template version it ran before the
 * upgrade, component by component. The simulator restores with this, the rollback page and the
 * upgrade record describe it with this, so they cannot disagree. After a partial upgrade that a
 * later one completed, that is not the record's from-version (1.1 → 1.1 restores web to 1.0).
 */
export interface Restore {
  name: string;
  version: string;
}

type Restorable = Pick<UpgradedComponent, 'name' | 'change' | 'fromVersion' | 'rolledBack'>;

/** The chosen components (default: all) the upgrade changed or removed and that are not back yet. */
export function rollbackRestores(
  record: { components: readonly Restorable[] },
  chosen?: readonly string[],
): Restore[] {
  return record.components.flatMap((c) =>
    c.change !== 'added' &&
    !c.rolledBack &&
    c.fromVersion !== null &&
    (chosen === undefined || chosen.includes(c.name))
      ? [{ name: c.name, version: c.fromVersion }]
      : [],
  );
}

const joined = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

/** "A rollback restores web to 1.0." / "… grafana and loki to 1.8; web to 1.0." */
export function restoresText(restores: readonly Restore[]): string {
  const byVersion = new Map<string, string[]>();
  for (const r of restores) byVersion.set(r.version, [...(byVersion.get(r.version) ?? []), r.name]);
  const parts = [...byVersion].map(([version, names]) => `${joined(names)} to ${version}`);
  return parts.length === 0
    ? 'A rollback restores nothing.'
    : `A rollback restores ${parts.join('; ')}.`;
}
