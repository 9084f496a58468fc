import { screen, within } from '@testing-library/react';
import { Route, Routes, useParams, useSearchParams } from 'react-router';
import { DowntimeRoute } from '@/features/servers/components/downtime/downtime-route';
import { ServerUpgradeScreen } from '@/features/servers/components/plan/server-upgrade-screen';
import { renderWithProviders } from './render';
import { servers } from './servers-test-utils';

export const SLOW = { timeout: 8000 };
const MINUTE = 60_000;

function Screen() {
  const { serverId = '' } = useParams();
  const [search] = useSearchParams();
  return <ServerUpgradeScreen serverId={serverId} to={search.get('to')} />;
}

/**
 * The upgrade page at `url` (/servers/:serverId/upgrade[?to=], …/downtime) with its dialog as a
 * child route, against the simulator, signed in as its session user.
 */
export function renderUpgrade(url: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/servers/:serverId/upgrade" element={<Screen />}>
        <Route path="downtime" element={<DowntimeRoute />} />
      </Route>
      <Route path="*" element={<p>Another page</p>} />
    </Routes>,
    { url },
  );
}

/** Moves the clock (the page's and the simulator's): operations advance on the next request. */
export function advance(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

/** The runbook's step item named `label` (its heading). */
export async function stepItem(label: string) {
  const heading = await screen.findByRole('heading', { name: label }, SLOW);
  const item = heading.closest('li');
  if (!item) throw new Error(`no step ${label}`);
  return item;
}

/** The step the runbook is at: the one list item with aria-current="step". */
export function currentItem(): HTMLElement {
  const [item, ...more] = document.querySelectorAll<HTMLElement>('li[aria-current="step"]');
  if (!item || more.length > 0) throw new Error('expected exactly one step with aria-current');
  return item;
}

export const headingOf = (item: HTMLElement) =>
  within(item).getAllByRole('heading')[0]?.textContent;

/** A run-here upgrade of spacetech to 3.8.1 through the API, download and packages done. */
export async function preparedViaApi(mode: 'run-here' | 'manual' = 'run-here') {
  const op = await servers.start('spacetech', { to: '3.8.1', mode });
  const id = String(op.result?.upgradeId);
  advance(5 * MINUTE);
  await servers.upgrade('spacetech', id);
  return id;
}

/** …then configuration kept, export, DNS: the downtime is next. */
export async function readyViaApi(mode: 'run-here' | 'manual' = 'run-here') {
  const id = await preparedViaApi(mode);
  if (mode === 'manual') {
    for (const step of ['download', 'packages'] as const) await servers.mark('spacetech', id, step);
  }
  await servers.mark('spacetech', id, 'configuration');
  if (mode === 'manual') await servers.mark('spacetech', id, 'export');
  else {
    await servers.export('spacetech', id);
    advance(5 * MINUTE);
    await servers.upgrade('spacetech', id);
  }
  await servers.mark('spacetech', id, 'dns', { hosts: ['monitor.spacetech.com'] });
  return id;
}

export const MONITOR = 'monitor.spacetech.com';
