import { setLargeDataset, type SessionCookie } from './api-controls';
import { launchBrowser } from './browser';
import { emptyRun, type RunValues } from './figure-defs';
import { largeSteps } from './figures/large-steps';
import { listSteps, setupsFor } from './figures/list-steps';
import type { Servers } from './servers';
import { runStep } from './step';

export interface RunContext {
  servers: Servers;
  cookie: SessionCookie;
  cpu: number;
}

/**
 * One run in a fresh browser, console and floor pages interleaved so both see the machine as it
 * is: the normal dataset first, then the API's large dataset (switched off again at the end).
 */
export async function runOnce({ servers, cookie, cpu }: RunContext): Promise<RunValues> {
  const run = emptyRun();
  const setups = setupsFor(servers, cookie, cpu);
  const browser = await launchBrowser();
  try {
    await setLargeDataset(servers.api, false);
    for (const step of listSteps(servers, setups)) await runStep(run, browser, step);
    await setLargeDataset(servers.api, true);
    for (const step of largeSteps(servers, setups)) await runStep(run, browser, step);
  } finally {
    await setLargeDataset(servers.api, false).catch(() => undefined);
    await browser.close();
  }
  return run;
}
