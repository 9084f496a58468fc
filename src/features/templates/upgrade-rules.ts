import type { DiffResult } from '@/contract/template-diff';
import type { UpgradedComponent } from '@/contract/template-upgrade-records';
import type { UpgradeStatus } from '@/contract/template-upgrades';
import type { TemplateComponent } from '@/contract/templates';
import { refusalOf, type Refusal } from './refusals';
import { changesOf } from './template-diff';
import { compareVersions, suggestNextVersion, versionsAfter } from '@/lib/version-compare';

/**
 * What may be published, upgraded and rolled back. Pure: the simulator refuses with these, the
 * console offers only what they allow.
 */

/** The published spelling of a version (1.1.0 finds 1.1), if it is published. */
export function findVersion(versions: readonly string[], version: string): string | undefined {
  return versions.find((v) => compareVersions(v, version) === 0);
}

/** A new version must be greater than the latest: refused with the latest named. */
export function checkPublishVersion(latest: string, version: string): Refusal | null {
  if (compareVersions(version, latest) > 0) return null;
  return refusalOf('version-not-greater', {
    version,
    latest,
    suggestion: suggestNextVersion(latest),
  });
}

/** Every version newer than the current one, and the current one while it is not in sync. */
export function upgradableVersions(
  versions: readonly string[],
  current: string,
  inSync: boolean,
): string[] {
  const newer = versionsAfter(versions, current);
  return inSync ? newer : [...newer, current];
}

export function checkUpgradeTarget(args: {
  template: string;
  versions: readonly string[];
  current: string;
  inSync: boolean;
  target: string;
}): Refusal | null {
  const found = findVersion(args.versions, args.target);
  if (!found) {
    return refusalOf('unknown-version', {
      template: args.template,
      version: args.target,
      field: 'toVersion',
    });
  }
  if (upgradableVersions(args.versions, args.current, args.inSync).includes(found)) return null;
  return refusalOf('target-not-higher', { version: args.target, current: args.current });
}

const names = (list: readonly string[]) => ({ names: list.join(', '), count: String(list.length) });

/** The chosen components must be added, changed or removed in the upgrade diff. */
export function checkComponentChoice(
  diff: Pick<DiffResult, 'components'>,
  chosen: readonly string[],
  toVersion: string,
): Refusal | null {
  const changeOf = new Map(diff.components.map((c) => [c.name, c.change]));
  const unknown = chosen.filter((n) => !changeOf.has(n));
  if (unknown.length > 0) {
    return refusalOf('unknown-components', {
      ...names(unknown),
      scope: `The upgrade to ${toVersion}`,
    });
  }
  const unchanged = chosen.filter((n) => changeOf.get(n) === 'unchanged');
  if (unchanged.length > 0) {
    return refusalOf('unchanged-components', { ...names(unchanged), version: toVersion });
  }
  return null;
}

function dangling(components: readonly TemplateComponent[]): string[] {
  const present = new Set(components.map((c) => c.name));
  return components.flatMap((c) =>
    c.dependencies.filter((d) => !present.has(d)).map((d) => `${c.name} depends on ${d}`),
  );
}

/** Dependencies the change would leave pointing at nothing (those already dangling aside). */
export function checkDependencies(
  before: readonly TemplateComponent[],
  after: readonly TemplateComponent[],
): Refusal | null {
  const already = new Set(dangling(before));
  const pairs = dangling(after).filter((p) => !already.has(p));
  if (pairs.length === 0) return null;
  return refusalOf('dependency-missing', {
    pairs: `${pairs.join('; ')}, which would not be there`,
  });
}

/** "upgraded" when every change of the diff was chosen, else "partially-upgraded". */
export function upgradeOutcome(
  diff: Pick<DiffResult, 'components'>,
  chosen: readonly string[],
): Extract<UpgradeStatus, 'upgraded' | 'partially-upgraded'> {
  const picked = new Set(chosen);
  return changesOf(diff).every((c) => picked.has(c.name)) ? 'upgraded' : 'partially-upgraded';
}

export function isUnfinished(status: UpgradeStatus): boolean {
  return status === 'upgrading' || status === 'rolling-back';
}

interface RecordFacts {
  status: UpgradeStatus;
  fromVersion: string;
  toVersion: string;
  components: readonly Pick<UpgradedComponent, 'name' | 'change' | 'rolledBack'>[];
}

/** What a rollback of this upgrade can restore: the components it changed or removed. */
export function rollbackableOf(record: Pick<RecordFacts, 'components'>): string[] {
  return record.components.filter((c) => c.change !== 'added' && !c.rolledBack).map((c) => c.name);
}

/** Components the upgrade added: a rollback leaves them in place. */
export function componentsThatStayOf(record: Pick<RecordFacts, 'components'>): string[] {
  return record.components.filter((c) => c.change === 'added').map((c) => c.name);
}

/** Whether the upgrade can be rolled back at all: only the most recent, finished, one. */
export function rollbackRefusal(
  record: RecordFacts,
  facts: { application: string; mostRecent: boolean; latest?: string },
): Refusal | null {
  const { fromVersion: from, toVersion: to } = record;
  if (isUnfinished(record.status)) {
    const kind = record.status === 'rolling-back' ? 'rollback' : 'upgrade';
    return refusalOf('upgrade-unfinished', { application: facts.application, kind, from, to });
  }
  if (!facts.mostRecent) {
    return refusalOf('not-most-recent', {
      from,
      to,
      application: facts.application,
      latest: facts.latest,
    });
  }
  if (record.status === 'failed') return refusalOf('nothing-to-roll-back', { reason: 'failed' });
  if (record.status === 'rolled-back') return refusalOf('already-rolled-back');
  if (rollbackableOf(record).length === 0) {
    return refusalOf('nothing-to-roll-back', names(componentsThatStayOf(record)));
  }
  return null;
}

/** The chosen components must be ones the upgrade changed or removed. */
export function checkRollbackChoice(
  record: Pick<RecordFacts, 'components'>,
  chosen: readonly string[],
): Refusal | null {
  const stay = new Set(componentsThatStayOf(record));
  const added = chosen.filter((n) => stay.has(n));
  if (added.length > 0) return refusalOf('added-components-stay', names(added));
  const possible = new Set(rollbackableOf(record));
  const unknown = chosen.filter((n) => !possible.has(n));
  if (unknown.length > 0) {
    return refusalOf('unknown-components', { ...names(unknown), scope: 'This upgrade' });
  }
  return null;
}

/** What to tell the person before a rollback: components the upgrade added stay. */
export function rollbackNotice(stay: readonly string[]): string {
  const back = 'The chosen components go back to the version they ran before the upgrade.';
  if (stay.length === 0) return back;
  const one = stay.length === 1;
  return `${back} ${stay.join(', ')} ${one ? 'was' : 'were'} added by this upgrade and ${one ? 'stays' : 'stay'}: a rollback does not remove ${one ? 'it' : 'them'}.`;
}
