import type { ApplicationSortField } from '@/contract/applications';
import { collatorRanks } from './collation';
import type { ApplicationRecord, ApplicationsState } from './state';

type Slice = Pick<ApplicationsState, 'applications' | 'projects'>;

/** The record field a sort reads: the project's name is looked up from its id. */
type SortKey = Exclude<ApplicationSortField, 'project'> | 'projectId';

const keyOf = (field: ApplicationSortField): SortKey => (field === 'project' ? 'projectId' : field);

/** One sort's row orders, and the values they were built from (to tell when a write changed them). */
interface SortedOrder {
  values: unknown[];
  /** For the project sort: the project names the order was built with. */
  projectNames: string;
  ranks: Int32Array;
  ascending: Int32Array;
  descending?: Int32Array;
}

interface Index {
  /** The rows by position, as they stood when the index was built. */
  records: ApplicationRecord[];
  names: string[];
  lowerNames?: string[];
  /** Positions by name, ties in stored order: every sort's tie-break. */
  byName: Int32Array;
  nameRanks: Int32Array;
  orders: Map<ApplicationSortField, SortedOrder>;
}

/** What a list request reads: rows by position, names for search, and rows in sort order. */
export interface ListIndex {
  records: readonly ApplicationRecord[];
  lowerNames: () => readonly string[];
  order: (field: ApplicationSortField, descending: boolean) => Int32Array;
}

/**
 * Built once per applications array and checked against the rows on every request (a couple of
 * comparisons per row, plus the sorted field's): records are changed in place by upgrades,
 * operations and tests, so no write has to remember to invalidate it.
 */
const indexes = new WeakMap<readonly ApplicationRecord[], Index>();

export function listIndex(db: Slice): ListIndex {
  const index = currentIndex(db.applications);
  return {
    records: index.records,
    lowerNames: () => (index.lowerNames ??= index.names.map((n) => n.toLowerCase())),
    order: (field, descending) => {
      const sorted = currentOrder(db, index, field);
      if (!descending) return sorted.ascending;
      return (sorted.descending ??= byRank(sorted.ranks, index.byName, true));
    },
  };
}

function currentIndex(applications: readonly ApplicationRecord[]): Index {
  const cached = indexes.get(applications);
  if (cached && sameRows(cached, applications)) return cached;
  const names = applications.map((a) => a.name);
  const nameRanks = collatorRanks(names);
  const stored = Int32Array.from(names, (_, i) => i);
  const index: Index = {
    records: [...applications],
    names,
    byName: byRank(nameRanks, stored, false),
    nameRanks,
    orders: new Map(),
  };
  indexes.set(applications, index);
  return index;
}

function sameRows(index: Index, applications: readonly ApplicationRecord[]): boolean {
  if (index.records.length !== applications.length) return false;
  for (let i = 0; i < applications.length; i++) {
    const app = applications[i];
    if (app !== index.records[i] || app?.name !== index.names[i]) return false;
  }
  return true;
}

const projectNamesOf = (db: Slice) => JSON.stringify(db.projects.map((p) => [p.id, p.name]));

function currentOrder(db: Slice, index: Index, field: ApplicationSortField): SortedOrder {
  const key = keyOf(field);
  const cached = index.orders.get(field);
  if (cached && sameValues(cached.values, index.records, key)) {
    if (field !== 'project' || cached.projectNames === projectNamesOf(db)) return cached;
  }
  const ranks = ranksOf(db, index, field);
  const sorted: SortedOrder = {
    values: index.records.map((a) => a[key]),
    projectNames: projectNamesOf(db),
    ranks,
    ascending: field === 'name' ? index.byName : byRank(ranks, index.byName, false),
  };
  index.orders.set(field, sorted);
  return sorted;
}

function sameValues(values: unknown[], records: ApplicationRecord[], key: SortKey): boolean {
  for (let i = 0; i < records.length; i++) if (records[i]?.[key] !== values[i]) return false;
  return true;
}

/** Per row, a dense rank that orders rows as the list's comparison of `field` does. */
function ranksOf(db: Slice, index: Index, field: ApplicationSortField): Int32Array {
  const { records } = index;
  switch (field) {
    case 'name':
      return index.nameRanks;
    case 'project': {
      const names = new Map(db.projects.map((p) => [p.id, p.name]));
      return collatorRanks(records.map((a) => names.get(a.projectId) ?? ''));
    }
    case 'projectVersion':
    case 'applicationVersion':
      return numberRanks(records.map((a) => a[field]));
    default:
      return collatorRanks(records.map((a) => a[field]));
  }
}

function numberRanks(values: number[]): Int32Array {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const rankOf = new Map(distinct.map((v, rank) => [v, rank]));
  return Int32Array.from(values, (v) => rankOf.get(v) ?? 0);
}

/**
 * `positions` stably sorted by `ranks` (a counting sort: linear, no comparisons). Over the
 * positions in name order this gives the list's order: the field, then the name, then the
 * stored order, with the name ascending whichever way the field goes.
 */
function byRank(ranks: Int32Array, positions: Int32Array, descending: boolean): Int32Array {
  let top = 0;
  for (const rank of ranks) if (rank > top) top = rank;
  const slotOf = descending ? ranks.map((rank) => top - rank) : ranks;
  // How many rows come before each slot, then where the next row of each slot goes.
  const next = new Int32Array(top + 2);
  for (const slot of slotOf) next[slot + 1] = (next[slot + 1] ?? 0) + 1;
  for (let slot = 1; slot <= top; slot++) next[slot] = (next[slot] ?? 0) + (next[slot - 1] ?? 0);
  const out = new Int32Array(positions.length);
  for (const i of positions) {
    const slot = slotOf[i] ?? 0;
    const at = next[slot] ?? 0;
    out[at] = i;
    next[slot] = at + 1;
  }
  return out;
}

/**
 * Builds the index as the data loads, as a database does, rather than in the first list request
 * (the in-page simulator's one long task per page instead of a slow first answer).
 */
export function warmListIndex(db: Slice): void {
  const index = listIndex(db);
  index.order('name', false);
  index.lowerNames();
}
