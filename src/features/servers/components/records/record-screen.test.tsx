import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  appliedUpgrade,
  preparedUpgrade,
  readyToApply,
  servers,
} from '@/testing/servers-test-utils';
import { simulatedClock, type SimulatedClock } from '@/testing/simulator-test-utils';
import { renderWithProviders } from '@/testing/render';
import { SLOW } from '../detail/render-server';
import { RecordScreen } from './record-screen';

const MINUTE = 60_000;

/** spacetech taken from 3.7.2 to 3.8.1 by the agent, down → version included. */
async function completedUpgrade(clock: SimulatedClock) {
  const { id } = await preparedUpgrade(clock);
  await readyToApply(clock, id);
  const done = await appliedUpgrade(clock, id);
  expect(done.status).toBe('completed');
  return done;
}

function renderRecord(serverId: string, upgradeId: string) {
  return renderWithProviders(<RecordScreen serverId={serverId} upgradeId={upgradeId} />, {
    url: `/servers/${serverId}/upgrades/${upgradeId}`,
  });
}

function section(name: string): HTMLElement {
  const found = screen.getByRole('heading', { level: 2, name }).closest('section');
  if (!found) throw new Error(`no section under the heading ${name}`);
  return found;
}

describe('a server upgrade record', () => {
  it('says who, when, the measured unreachable window, hashes before and after, runners and DNS', async () => {
    const clock = simulatedClock();
    const done = await completedUpgrade(clock);
    const { user } = renderRecord('spacetech', done.id);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade 3.7.2 → 3.8.1' }, SLOW),
    ).toBeVisible();
    const summary = section('Summary');
    const value = (term: string) => within(summary).getByText(term).nextElementSibling;
    expect(value('Status')).toHaveTextContent('Completed');
    expect(value('Started by')).toHaveTextContent('Alex Morgan');
    expect(value('Mode')).toHaveTextContent("Run here: the server's agent ran each step");
    expect(value('Configuration')).toHaveTextContent('global.yaml kept as it was');
    expect(value('DNS')).toHaveTextContent('Added to DNS: monitor.spacetech.com');
    expect(value('Runners still below the minimum')).toHaveTextContent(
      'Below 1.9.0: spacetech-macos-02 (1.8.7)',
    );
    expect(screen.queryByRole('region', { name: 'This upgrade is not finished' })).toBeNull();

    const window = section('Unreachable window');
    expect(window).toHaveTextContent('2 min 15 s');
    expect([...window.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      done.downAt,
      done.upAt,
    ]);

    const hashes = within(section('Image hashes')).getByRole('table');
    const api = within(hashes).getByRole('row', { name: /^api/ });
    const before = done.hashesBefore.find((h) => h.service === 'api')?.hash ?? '';
    const after = done.hashesAfter.find((h) => h.service === 'api')?.hash ?? '';
    expect(api).toHaveTextContent(before);
    expect(api).toHaveTextContent(after);
    expect(api).toHaveTextContent(/Changed$/);
    expect(within(hashes).getByRole('row', { name: /^monitor/ })).toHaveTextContent(
      /NoneNew service$|New service$/,
    );
    await user.click(within(api).getByRole('button', { name: 'Copy the api after hash' }));
    expect(await navigator.clipboard.readText()).toBe(after);

    const steps = screen.getByRole('list', { name: "Steps, in the runbook's order" });
    const titles = within(steps)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual([
      '1. Download the package',
      '2. Update packages',
      '3. Review the configuration',
      '4. Export the configuration',
      '5. Add new subdomains to DNS',
      '6. Stop the server',
      '7. Pull the new images',
      '8. Start the server',
      '9. Check service statuses',
      '10. Print the image hashes',
    ]);
    expect(steps.children).toHaveLength(10);
    const pull = screen.getByRole('log', { name: 'Log of Pull the new images' });
    expect(pull).toHaveAttribute('tabindex', '0');
    expect(pull).toHaveTextContent(
      'Pulled europe-west1-docker.pkg.dev/appcircle/docker-registry/api:3.8.1',
    );
    expect(
      within(screen.getByRole('list', { name: 'Commands of Pull the new images' })).getByText(
        './ac-self-hosted.sh -n "spacetech" upgrade',
      ),
    ).toBeVisible();
  });

  it('a running upgrade updates live and links to its runbook', async () => {
    const clock = simulatedClock();
    const op = await servers.start('spacetech', { to: '3.8.1', mode: 'run-here' });
    const upgradeId = String(op.result?.upgradeId);
    renderRecord('spacetech', upgradeId);

    const live = await screen.findByRole('region', { name: 'This upgrade is not finished' }, SLOW);
    expect(within(live).getByRole('status')).toHaveTextContent('Now: Download the package.');
    expect(within(live).getByRole('link', { name: 'Open its runbook' })).toHaveAttribute(
      'href',
      '/servers/spacetech/upgrade',
    );
    expect(section('Unreachable window')).toHaveTextContent(
      'Nothing has taken the server down yet',
    );

    clock.advance(5 * MINUTE);
    expect(
      await within(live).findByText(
        'Waiting for the operator at "Review the configuration".',
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.getByRole('log', { name: 'Log of Download the package' })).toHaveTextContent(
      'Saved appcircle-server-linux-x64-3.8.1.zip',
    );
  });

  it('says a downgrade in words', async () => {
    simulatedClock();
    const op = await servers.start('orbital', {
      to: '3.7.2',
      mode: 'manual',
      acknowledgeDowngrade: true,
    });
    renderRecord('orbital', String(op.result?.upgradeId));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Downgrade 3.8.1 → 3.7.2' }, SLOW),
    ).toBeVisible();
    expect(within(section('Summary')).getByText('From → to').nextElementSibling).toHaveTextContent(
      '3.8.1 → 3.7.2: a downgrade, to older images',
    );
    expect(simulator.db.serverUpgrades.filter((u) => u.serverId === 'orbital')).toHaveLength(1);
  });
});
