import { loadAndWait, type BenchPage } from '../page-session';

/** The large template's version differences: 320 components, a few dozen changed. */
export const LARGE_DIFF_PATH = '/templates/tpl-retail-platform/diff?from=2.1&to=2.2';

export interface DiffPageLoad {
  /** The app bar and the navigation painted. */
  shell: number;
  /** The first row of a changed component's fields painted. */
  firstChange: number;
  /** The shell was painted before the first `/api/` response ended (or none was made). */
  shellBeforeData: boolean;
  firstApi: { path: string; responseEnd: number } | null;
}

/** A full load of the diff deep link: shell and first change. */
export async function loadDiffPage(bench: BenchPage, appUrl: string): Promise<DiffPageLoad> {
  const marks = await loadAndWait(bench, `${appUrl}${LARGE_DIFF_PATH}`, ['shell', 'firstChange']);
  const firstApi = await bench.page.evaluate(() => {
    const api = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.startsWith('/api/'))
      .map((e) => ({
        path: new URL(e.name).pathname,
        responseEnd: (e as PerformanceResourceTiming).responseEnd,
      }))
      .filter((e) => e.responseEnd > 0)
      .sort((a, b) => a.responseEnd - b.responseEnd);
    return api[0] ?? null;
  });
  return {
    shell: marks.shell,
    firstChange: marks.firstChange,
    shellBeforeData: firstApi === null || marks.shell < firstApi.responseEnd,
    firstApi,
  };
}
