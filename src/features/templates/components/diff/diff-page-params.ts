import {
  parseDiffViewOptions,
  serializeDiffViewOptions,
  type DiffViewOptions,
} from './diff-view-options';

/** The version differences page's URL: from, to and every view option. */
export interface DiffPageParams {
  from: string | null;
  to: string | null;
  options: DiffViewOptions;
}

const version = (search: URLSearchParams, key: string) => {
  const value = search.get(key)?.trim();
  return value === undefined || value === '' ? null : value;
};

export function parseDiffPageParams(search: URLSearchParams): DiffPageParams {
  return {
    from: version(search, 'from'),
    to: version(search, 'to'),
    options: parseDiffViewOptions(search),
  };
}

export function serializeDiffPageParams(p: DiffPageParams, base: URLSearchParams): URLSearchParams {
  const next = serializeDiffViewOptions(p.options, base);
  if (p.from) next.set('from', p.from);
  else next.delete('from');
  if (p.to) next.set('to', p.to);
  else next.delete('to');
  return next;
}

/** With no from / to in the URL: the latest version against the one before it. */
export function defaultVersions(releasesNewestFirst: readonly { version: string }[]) {
  const to = releasesNewestFirst[0]?.version ?? null;
  const from = releasesNewestFirst[1]?.version ?? to;
  return { from, to };
}
