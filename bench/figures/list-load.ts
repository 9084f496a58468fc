import { loadAndWait, MeasureError, scriptsBefore, type BenchPage } from '../page-session';

export interface ListLoad {
  /** First row painted, ms from navigation start. */
  ready: number;
  /** first-contentful-paint, ms from navigation start. */
  fcp: number | null;
}

/** A full load of a list page to its first row painted. */
export async function loadList(bench: BenchPage, url: string): Promise<ListLoad> {
  const { firstRow } = await loadAndWait(bench, url, ['firstRow']);
  const fcp = await bench.page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  return { ready: firstRow, fcp };
}

/** The scripts requested until the first row was painted: how many, and their gzip size in KB. */
export async function firstScreenScripts(bench: BenchPage, ready: number) {
  const scripts = await scriptsBefore(bench, ready);
  if (scripts.count === 0) throw new MeasureError('no script was requested before the first row');
  return scripts;
}
