import { BOOT_KEY, SLOWDOWN_KEY, type SimulatorBoot } from '../../e2e/support/simulator';
import type { SessionCookie } from '../api-controls';
import type { PageSetup } from '../page-session';
import type { Servers } from '../servers';
import { settled, type Step } from '../step';
import { loadDiffPage } from './diff-page';
import { firstScreenScripts, loadList } from './list-load';

export interface Setups {
  production: PageSetup;
  floor: PageSetup;
  standalone: (boot: SimulatorBoot) => PageSetup;
}

export function setupsFor(servers: Servers, cookie: SessionCookie, cpu: number): Setups {
  return {
    production: { cpu, cookie: { url: servers.app, session: cookie } },
    floor: { cpu },
    // The simulator's worker is as slow as the page: Chromium throttles only the page.
    standalone: (boot) => ({
      cpu,
      storage: { [BOOT_KEY]: JSON.stringify(boot), [SLOWDOWN_KEY]: String(cpu) },
    }),
  };
}

const paths = (urls: string[]) => urls.map((url) => new URL(url).pathname);

/** The normal dataset: the list in all three builds, and the diff deep link. */
export function listSteps(servers: Servers, setups: Setups): Step[] {
  return [
    {
      name: 'production /applications',
      setup: setups.production,
      metrics: ['prod.list.ready', 'prod.list.js', 'prod.list.scripts'],
      measure: async (b) => {
        const { ready } = await loadList(b, `${servers.app}/applications`);
        const js = await firstScreenScripts(b, ready);
        return {
          values: {
            'prod.list.ready': ready,
            'prod.list.js': js.kb,
            'prod.list.scripts': js.count,
          },
          details: { productionScripts: paths(js.urls) },
        };
      },
    },
    {
      name: 'floor /',
      setup: setups.floor,
      metrics: ['floor.list.ready', 'floor.list.fcp', 'floor.list.js', 'floor.list.scripts'],
      measure: async (b) => {
        const { ready, fcp } = await loadList(b, `${servers.floor}/`);
        const js = await settled(firstScreenScripts(b, ready));
        const measured = !(js instanceof Error);
        return {
          values: {
            'floor.list.ready': ready,
            ...(fcp !== null && { 'floor.list.fcp': fcp }),
            ...(measured && { 'floor.list.js': js.kb, 'floor.list.scripts': js.count }),
          },
          notes: {
            'floor.list.fcp': fcp === null ? ['no first-contentful-paint entry'] : [],
            'floor.list.js': measured ? [] : [js.message],
          },
          details: measured ? { floorScripts: paths(js.urls) } : {},
        };
      },
    },
    {
      name: 'standalone /applications',
      setup: setups.standalone({ userId: 'u-admin' }),
      metrics: ['standalone.list.ready'],
      measure: async (b) => {
        const { ready } = await loadList(b, `${servers.standalone}/applications`);
        return { values: { 'standalone.list.ready': ready } };
      },
    },
    {
      name: 'production diff deep link',
      setup: setups.production,
      metrics: ['prod.diff.shell', 'prod.diff.shellBeforeData', 'prod.diff.firstChange'],
      measure: async (b) => {
        const diff = await loadDiffPage(b, servers.app);
        const late = `the first /api/ response (${diff.firstApi?.path ?? ''}) ended before the shell was painted`;
        return {
          values: {
            'prod.diff.shell': diff.shell,
            'prod.diff.shellBeforeData': diff.shellBeforeData ? 1 : 0,
            'prod.diff.firstChange': diff.firstChange,
          },
          notes: { 'prod.diff.shellBeforeData': diff.shellBeforeData ? [] : [late] },
          details: { firstApiResponse: diff.firstApi },
        };
      },
    },
  ];
}
