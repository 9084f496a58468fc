import type { Metric } from '../figure-defs';
import { domNodeCount, heapAfterGcMB, type BenchPage } from '../page-session';
import type { Servers } from '../servers';
import { settled, type Measured, type Step } from '../step';
import { searchKeystroke } from './keystroke';
import { loadList } from './list-load';
import type { Setups } from './list-steps';
import { simulatorTasks } from './simulator-tasks';

type Where = 'prod' | 'floor' | 'standalone';
type Part = 'ready' | 'inp' | 'count' | 'heap' | 'dom';
const PARTS: readonly Part[] = ['ready', 'inp', 'count', 'heap', 'dom'];
const metricOf = (where: Where, part: Part): Metric => `${where}.large.${part}`;
const metricsOf = (where: Where) => PARTS.map((part) => metricOf(where, part));

/**
 * The 10,000-row list ready, then one search keystroke (a failed keystroke keeps the rest), then
 * the JS heap after GC and the DOM's size with the search applied.
 */
async function largeList(b: BenchPage, url: string, where: Where, search: string) {
  const m = (part: Part) => metricOf(where, part);
  const list = await loadList(b, url);
  const key = await settled(searchKeystroke(b, search));
  const measured: Measured & Required<Pick<Measured, 'notes'>> = {
    values: {
      [m('ready')]: list.ready,
      [m('heap')]: await heapAfterGcMB(b),
      [m('dom')]: await domNodeCount(b.page),
    },
    notes: {},
  };
  if (key instanceof Error) {
    measured.notes[m('inp')] = [key.message];
  } else {
    measured.values[m('inp')] = key.inp;
    measured.values[m('count')] = key.toCount;
    measured.notes[m('inp')] = key.notes;
  }
  return measured;
}

/** The large dataset (the API's switch is on): production, the floor's /large, standalone. */
export function largeSteps(servers: Servers, setups: Setups): Step[] {
  return [
    {
      name: 'production /applications, 10k',
      setup: setups.production,
      metrics: metricsOf('prod'),
      measure: (b) => largeList(b, `${servers.app}/applications`, 'prod', 'Search applications'),
    },
    {
      name: 'floor /large',
      setup: setups.floor,
      metrics: metricsOf('floor'),
      measure: (b) => largeList(b, `${servers.floor}/large`, 'floor', 'Search'),
    },
    {
      name: 'standalone /applications, 10k',
      setup: setups.standalone({ userId: 'u-admin', largeDataset: true }),
      metrics: [
        ...metricsOf('standalone'),
        'standalone.large.simulator',
        'standalone.large.longTask',
      ],
      measure: async (b) => {
        const url = `${servers.standalone}/applications`;
        const measured = await largeList(b, url, 'standalone', 'Search applications');
        const tasks = await simulatorTasks(b);
        const none = 'no answer of the simulator carried its Server-Timing';
        measured.values['standalone.large.longTask'] = tasks.longTask;
        if (tasks.longest) measured.values['standalone.large.simulator'] = tasks.longest.duration;
        else measured.notes['standalone.large.simulator'] = [none];
        measured.details = { simulatorLongest: tasks.longest, simulatorRequests: tasks.count };
        return measured;
      },
    },
  ];
}
