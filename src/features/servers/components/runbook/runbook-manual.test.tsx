import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { servers } from '@/testing/servers-test-utils';
import { short, writeCheckOutput, writeVersionOutput } from '../../script-output';
import {
  currentItem,
  headingOf,
  MONITOR,
  readyViaApi,
  renderUpgrade,
  SLOW,
} from '@/testing/server-upgrade-test-utils';

const PAGE = '/servers/spacetech/upgrade';

/** A manual upgrade of spacetech at `check`: the downtime confirmed, down, upgrade, up marked. */
async function atCheck() {
  const id = await readyViaApi('manual');
  await servers.apply('spacetech', id, { confirmDowntime: true, dnsConfirmed: [MONITOR] });
  for (const step of ['down', 'upgrade', 'up'] as const) await servers.mark('spacetech', id, step);
  const { services } = await servers.get('spacetech');
  return { id, services };
}

describe('the runbook, I run the commands', () => {
  it('marks a command done and resumes at the next one after a reload', async () => {
    const op = await servers.start('spacetech', { to: '3.8.1', mode: 'manual' });
    const { user } = renderUpgrade(PAGE);
    await waitFor(() => expect(headingOf(currentItem())).toBe('Download'), SLOW);
    expect(screen.queryByText(/^Running since/)).not.toBeInTheDocument();
    await user.click(within(currentItem()).getByRole('button', { name: 'I ran this' }));
    await waitFor(() => expect(headingOf(currentItem())).toBe('Update packages'), SLOW);

    cleanup();
    renderUpgrade(PAGE);
    await waitFor(() => expect(headingOf(currentItem())).toBe('Update packages'), SLOW);
    const stored = simulator.db.serverUpgrades.find((u) => u.id === op.result?.upgradeId);
    expect(stored?.steps[0]?.log).toEqual(['Marked done by Alex Morgan.']);
  });

  it('reads pasted check output at once, shows the 422 at the box keeping the text, then completes', async () => {
    const { services } = await atCheck();
    const { user } = renderUpgrade(PAGE);
    await waitFor(() => expect(headingOf(currentItem())).toBe('Check'), SLOW);
    const box = within(currentItem()).getByRole('textbox', { name: 'Output of check' });
    const healthy = writeCheckOutput(
      'spacetech',
      services.map((s) => ({ service: s.service, status: 'healthy' as const })),
    );
    const sick = `${healthy.replace(/monitor-1(\s+)healthy/, 'monitor-1$1unhealthy')}\nWarning: disk 91% full`;
    await user.click(box);
    await user.paste(sick);
    const item = within(currentItem());
    expect(item.getByRole('status')).toHaveTextContent(
      'Read 7 service statuses; 1 line could not be read.',
    );
    expect(item.getByRole('list', { name: 'What was read from check' })).toHaveTextContent(
      'monitor: unhealthy',
    );
    expect(item.getByRole('list', { name: 'Lines that could not be read' })).toHaveTextContent(
      'Warning: disk 91% full',
    );
    expect(item.getByText('monitor is unhealthy.')).toBeVisible();

    await user.click(item.getByRole('button', { name: 'Send the check output' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription('monitor is unhealthy.'), SLOW);
    expect(box).toHaveValue(sick);
    expect(box).toHaveFocus();

    await user.clear(box);
    await user.paste(healthy);
    expect(item.getByText('Every service of 3.8.1 is healthy.')).toBeVisible();
    await user.click(item.getByRole('button', { name: 'Send the check output' }));
    await waitFor(() => expect(headingOf(currentItem())).toBe('Version'), SLOW);

    const version = within(currentItem());
    const api = services.find((s) => s.service === 'api')?.hash ?? '';
    await user.click(version.getByRole('textbox', { name: 'Output of version' }));
    await user.paste(writeVersionOutput('3.8.1', services));
    expect(version.getByRole('list', { name: 'What was read from version' })).toHaveTextContent(
      `api: 3.8.1 ${short(api)}${api}`,
    );
    expect(version.getByText("Every image is at 3.8.1's hash.")).toBeVisible();
    await user.click(version.getByRole('button', { name: 'Send the version output' }));

    const title = await screen.findByText(
      'runs 3.8.1',
      { exact: false, selector: '.MuiAlertTitle-root' },
      SLOW,
    );
    expect(title).toHaveTextContent(/^spacetech runs 3\.8\.1$/);
    expect(screen.getByRole('button', { name: 'Copy the api hash' })).toBeVisible();
    expect(document.querySelectorAll('li[aria-current="step"]')).toHaveLength(0);
  });
});
