import { screen, waitFor, within } from '@testing-library/react';
import { setServerFaults } from '@mocks/servers/fault-commands';
import { simulator } from '@mocks/simulator';
import { servers } from '@/testing/servers-test-utils';
import {
  advance,
  currentItem,
  headingOf,
  MONITOR,
  preparedViaApi,
  readyViaApi,
  renderUpgrade,
  SLOW,
  stepItem,
} from '@/testing/server-upgrade-test-utils';

const MINUTE = 60_000;
const PAGE = '/servers/spacetech/upgrade';
/** The text of the element matched, bdi and all: server strings are isolated inside sentences. */
const sentence = (pattern: RegExp) =>
  screen.getByText(
    (_, el) =>
      el !== null &&
      el.tagName !== 'BDI' &&
      pattern.test(el.textContent) &&
      [...el.children].every((c) => !pattern.test(c.textContent)),
  );
const announced = (text: string | RegExp) =>
  waitFor(
    () => expect(screen.getByText(text, { selector: '[aria-live="polite"]' })).toBeInTheDocument(),
    SLOW,
  );

describe('the runbook, run here', () => {
  it('walks download → DNS: the current step marked, each state announced politely', async () => {
    const op = await servers.start('spacetech', { to: '3.8.1', mode: 'run-here' });
    const id = String(op.result?.upgradeId);
    const { user } = renderUpgrade(PAGE);
    await screen.findByRole('heading', { level: 2, name: 'Runbook' }, SLOW);
    expect(headingOf(currentItem())).toBe('Download');
    const download = await stepItem('Download');
    expect(within(download).getByText(/^Running since /)).toBeVisible();
    expect(
      within(download).getByRole('button', {
        name: 'Copy the command: curl -O -L https://cdn.appcircle.io/self-hosted/appcircle/appcircle-server-linux-x64-3.8.1.zip',
      }),
    ).toBeVisible();
    expect(within(await stepItem('Update packages')).getByText(/^Needs root/)).toBeVisible();

    advance(45_000);
    await announced(/Download: done/);
    advance(5 * MINUTE);
    await waitFor(() => expect(headingOf(currentItem())).toBe('Configuration'), SLOW);
    expect(
      within(await stepItem('Download')).getByRole('log', { name: 'Download log' }),
    ).toHaveTextContent('Saved appcircle-server-linux-x64-3.8.1.zip');

    await user.click(
      await screen.findByRole('button', { name: 'Keep global.yaml and continue' }, SLOW),
    );
    await waitFor(() => expect(headingOf(currentItem())).toBe('Export'), SLOW);
    await user.click(screen.getByRole('button', { name: 'Run export' }));
    await waitFor(
      () => expect(screen.queryByRole('button', { name: 'Run export' })).not.toBeInTheDocument(),
      SLOW,
    );
    advance(MINUTE);
    await waitFor(() => expect(headingOf(currentItem())).toBe('DNS'), SLOW);

    await user.click(screen.getByRole('button', { name: 'Confirm DNS' }));
    const tick = screen.getByRole('checkbox', { name: `Added ${MONITOR} to DNS` });
    expect(tick).toHaveFocus();
    expect(screen.getByText(`Add ${MONITOR} to DNS and tick it first.`)).toBeVisible();
    await user.click(tick);
    await user.click(screen.getByRole('button', { name: 'Confirm DNS' }));
    expect(await screen.findByRole('link', { name: 'Confirm the downtime' }, SLOW)).toHaveAttribute(
      'href',
      '/servers/spacetech/upgrade/downtime',
    );
    const stored = simulator.db.serverUpgrades.find((u) => u.id === id);
    expect(stored?.steps.slice(0, 5).map((s) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
    expect(stored?.dnsConfirmed).toEqual([MONITOR]);
    expect((await servers.get('spacetech')).state).toBe('running');
  });

  it('shows a failed up with its log, the server down, and Retry that resumes without down', async () => {
    const id = await readyViaApi();
    setServerFaults('spacetech', { failStep: 'up' });
    await servers.apply('spacetech', id, { confirmDowntime: true, dnsConfirmed: [MONITOR] });
    advance(10 * MINUTE);
    await servers.upgrade('spacetech', id);
    const { user } = renderUpgrade(PAGE);
    const up = await stepItem('Up');
    expect(currentItem()).toBe(up);
    expect(within(up).getByText(/^Failed · /)).toBeVisible();
    expect(within(up).getByRole('log', { name: 'Up log' })).toHaveTextContent(
      './ac-self-hosted.sh -n "spacetech" up exited with status 1.',
    );
    const failure = within(up).getByRole('alert');
    expect(failure).toHaveTextContent('up failed');
    expect(failure).toHaveTextContent('spacetech is down and unreachable.');
    expect(failure).toHaveTextContent('Retry resumes at Up: down is not run again.');
    expect(sentence(/^spacetech has been unreachable for \d+ (min|s)/)).toBeVisible();

    await user.click(within(failure).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(up).getByText(/^Running since /)).toBeVisible(), SLOW);
    advance(10 * MINUTE);
    const done = await screen.findByText(
      'runs 3.8.1',
      { exact: false, selector: '.MuiAlertTitle-root' },
      SLOW,
    );
    expect(done).toHaveTextContent(/^spacetech runs 3\.8\.1$/);
    const stored = simulator.db.serverUpgrades.find((u) => u.id === id);
    expect(stored?.steps.find((s) => s.id === 'down')?.log).toHaveLength(1);
    expect(
      sentence(
        /^spacetech was unreachable for \d+ min \d+ s, from \d\d:\d\d:\d\d to \d\d:\d\d:\d\d\.$/,
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the upgrade record' })).toHaveAttribute(
      'href',
      `/servers/spacetech/upgrades/${id}`,
    );
    expect(
      screen.getByText(
        /^Update them: older runners can no longer take builds\. spacetech-macos-02 \(1\.8\.7\)\.$/,
      ),
    ).toBeVisible();
  });

  it('says what to fix when packages have no sudo', async () => {
    setServerFaults('spacetech', { noSudo: true });
    await preparedViaApi();
    renderUpgrade(PAGE);
    const packages = await stepItem('Update packages');
    const failure = within(packages).getByRole('alert');
    expect(failure).toHaveTextContent('Packages need root');
    expect(failure).toHaveTextContent(
      '"user is not in the sudoers file". Give it sudo, then Retry.',
    );
    expect(failure).toHaveTextContent('spacetech is still running: nothing has taken it down.');
  });

  it('shows a viewer the runbook with nothing to press', async () => {
    await preparedViaApi();
    simulator.signInAs('u-viewer');
    renderUpgrade(PAGE);
    expect(
      await screen.findByText(
        'Read only: running the upgrade needs the Administrator or Operator role.',
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(headingOf(currentItem())).toBe('Configuration');
    const buttons = screen
      .queryAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons.every((name) => name.startsWith('Copy'))).toBe(true);
    expect(screen.queryByRole('link', { name: 'Confirm the downtime' })).not.toBeInTheDocument();
  });
});
