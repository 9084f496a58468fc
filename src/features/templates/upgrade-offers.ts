import type { DiffResult, EntryChange } from '@/contract/template-diff';
import type { UpgradeOffer, UpgradeStatus } from '@/contract/template-upgrades';
import { changesOf } from './template-diff';
import { componentsThatStayOf } from './upgrade-rules';
import { compareVersions } from '@/lib/version-compare';

/**
 * Upgrade management's offers: each version it can be upgraded to, with what upgrading to it
 * changes. The simulator builds them from the upgrade diff (the one the upgrade applies), so an
 * offer never says less than the upgrade would do: after a rollback that kept an added
 * component, the application's own version removes it, and the offer says so.
 */

/** What the most recent upgrade added and its rollback left in place (nothing unless rolled back). */
export function keptByRollbackOf(
  latest: ({ status: UpgradeStatus } & Parameters<typeof componentsThatStayOf>[0]) | undefined,
): string[] {
  return latest?.status === 'rolled-back' ? componentsThatStayOf(latest) : [];
}

export function upgradeOffer(
  version: string,
  diff: Pick<DiffResult, 'components'>,
  kept: readonly string[],
): UpgradeOffer {
  const changes = changesOf(diff);
  const removed = new Set(changes.filter((c) => c.change === 'removed').map((c) => c.name));
  return { version, changes, keptByRollback: kept.filter((name) => removed.has(name)) };
}

const SHOWN = 5;

function listOf(names: readonly string[]): string {
  if (names.length > SHOWN) {
    return `${String(names.length)} components (${names.slice(0, SHOWN).join(', ')} and ${String(names.length - SHOWN)} more)`;
  }
  return names.length < 2
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "1.0 (the current version)", "1.12 (latest)" or just the version. */
export function offerLabel(
  offer: Pick<UpgradeOffer, 'version'>,
  app: { version: string; latestVersion: string },
): string {
  if (compareVersions(offer.version, app.version) === 0) {
    return `${offer.version} (the current version)`;
  }
  return offer.version === app.latestVersion ? `${offer.version} (latest)` : offer.version;
}

/**
 * "Adds redis; changes web." A removal of what a rollback kept says so: "Removes redis, which
 * was kept when the last upgrade was rolled back."
 */
export function offerChangesText(offer: UpgradeOffer): string {
  const kept = new Set(offer.keptByRollback);
  const named = (change: EntryChange, keep?: boolean) =>
    offer.changes
      .filter((c) => c.change === change && (keep === undefined || kept.has(c.name) === keep))
      .map((c) => c.name);
  const keptRemoved = named('removed', true);
  const parts = [
    ['adds', named('added')],
    ['changes', named('changed')],
    ['removes', named('removed', false)],
  ] as const;
  const said = parts.flatMap(([verb, names]) =>
    names.length > 0 ? [`${verb} ${listOf(names)}`] : [],
  );
  if (keptRemoved.length > 0) {
    const were = keptRemoved.length === 1 ? 'was' : 'were';
    said.push(
      `removes ${listOf(keptRemoved)}, which ${were} kept when the last upgrade was rolled back`,
    );
  }
  const sentence = said.length > 0 ? said.join('; ') : 'changes no component';
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
