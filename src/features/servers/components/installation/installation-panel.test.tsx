import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { setServerFaults } from '@mocks/servers/fault-commands';
import {
  appliedUpgrade,
  preparedUpgrade,
  readyToApply,
  servers,
} from '@/testing/servers-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { renderServer, SLOW } from '../detail/render-server';
import { InstallationPanel } from './installation-panel';

function renderInstallation(serverId: string) {
  return renderServer(serverId, '', (server) => <InstallationPanel server={server} />);
}

const servicesTable = () => screen.findByRole('table', { name: 'Services of Space Tech' }, SLOW);

describe('the installation tab', () => {
  it('shows spacetech on 3.7.2: each image with its tag and hash, the runner below 1.9.0, the project', async () => {
    const { user } = renderInstallation('spacetech');
    const table = await servicesTable();
    expect(screen.getByRole('heading', { level: 1, name: 'Space Tech' })).toBeVisible();
    expect(screen.getByText('Package 3.7.2')).toBeVisible();
    const stored = await servers.get('spacetech');
    const api = stored.services.find((s) => s.service === 'api');
    if (!api) throw new Error('spacetech has no api service');
    const row = within(table).getByRole('row', { name: /^api / });
    expect(within(row).getByText(api.image)).toBeVisible();
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/^3\.7\.2$/);
    // 12 hex digits on screen, the whole digest read out and copied.
    expect(within(row).getByText(api.hash.slice(7, 19))).toBeVisible();
    expect(row).toHaveTextContent(api.hash);
    expect(within(row).getByText('Healthy')).toBeVisible();
    await user.click(within(row).getByRole('button', { name: 'Copy the api hash' }));
    expect(await navigator.clipboard.readText()).toBe(api.hash);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    expect(screen.getByText(/^Statuses from the last check, /)).toBeVisible();

    const runners = screen.getByRole('table', { name: 'Runners of Space Tech' });
    const below = await within(runners).findByRole('row', { name: /^spacetech-macos-02/ }, SLOW);
    expect(below).toHaveTextContent('1.8.7Below the minimum 1.9.0 (since 3.8.0)');
    expect(within(runners).getByRole('row', { name: /^spacetech-macos-01/ })).toHaveTextContent(
      'Meets 1.9.0',
    );
    expect(
      screen.getByText(
        '3.8.0 needs runners at 1.9.0 or later; 1 runner is below it: update it before upgrading.',
      ),
    ).toBeVisible();
    const subdomains = screen.getByRole('list', { name: 'Subdomains' });
    expect(
      within(subdomains)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('api.spacetech.com (api)');
    const files = screen.getByRole('list', { name: 'Project files' });
    expect(
      within(files).getByText('projects/spacetech/user-secret').parentElement,
    ).toHaveTextContent('Secret: never shown');
    expect(
      within(files).getByText('projects/spacetech/global.yaml').parentElement,
    ).not.toHaveTextContent('never shown');
    expect(screen.getByRole('link', { name: 'Upgrade to 3.8.1' })).toHaveAttribute(
      'href',
      '/servers/spacetech/upgrade?to=3.8.1',
    );
    expect(screen.queryByRole('region', { name: 'Server down' })).not.toBeInTheDocument();
  });

  it('a server whose images were never pulled shows the script version only, in the seed’s words', async () => {
    renderInstallation('novabank');
    expect(await screen.findByText('Images never pulled', {}, SLOW)).toBeVisible();
    expect(screen.getByText('novabank', { selector: 'bdi' }).parentElement).toHaveTextContent(
      'No docker images were found for novabank, so the version command prints the script version only. The first upgrade pulls them.',
    );
    expect(screen.getByText('Script version').nextElementSibling).toHaveTextContent('3.8.1');
    expect(screen.queryByRole('table', { name: /^Services of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Run check' })).not.toBeInTheDocument();
    expect(screen.getByText('No runners are connected.')).toBeVisible();
  });

  it('a server down after a failed up says it is unreachable and offers to continue the upgrade', async () => {
    const clock = simulatedClock();
    const { id } = await preparedUpgrade(clock);
    await readyToApply(clock, id);
    setServerFaults('spacetech', { failStep: 'up' });
    expect((await appliedUpgrade(clock, id)).status).toBe('failed');

    renderInstallation('spacetech');
    const banner = await screen.findByRole('region', { name: 'Server down' }, SLOW);
    expect(banner).toHaveTextContent('Space Tech is down — unreachable');
    expect(banner).toHaveTextContent(
      'Its upgrade is not finished: continue it to bring the server back.',
    );
    expect(screen.getByText('Down (unreachable)')).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'Continue the upgrade to 3.8.1' }, SLOW),
    ).toHaveAttribute('href', '/servers/spacetech/upgrade');
    const table = await servicesTable();
    expect(within(table).getAllByText('Stopped')).toHaveLength(7);
  });

  it('Run check starts one check however often it is clicked, shows its progress and the statuses it saw', async () => {
    setServerFaults('spacetech', { unhealthyService: 'api' });
    const { user } = renderInstallation('spacetech');
    const table = await servicesTable();
    const run = screen.getByRole('button', { name: 'Run check' });
    await user.dblClick(run);
    expect(await screen.findByText('Checking service statuses…', {}, SLOW)).toBeVisible();
    expect(screen.getByRole('progressbar', { name: /^Check of spacetech/ })).toBeVisible();
    const checks = () => simulator.db.operations.filter((o) => o.kind === 'server.check');
    expect(checks()).toHaveLength(1);

    simulator.setScenario({ operationSpeed: 1000 });
    expect(
      await screen.findByText('Check finished: the statuses below are the ones it saw.', {}, SLOW),
    ).toBeVisible();
    const api = within(table).getByRole('row', { name: /^api / });
    expect(await within(api).findByText('Unhealthy', {}, SLOW)).toBeVisible();
    expect(checks()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Run check' }));
    await screen.findByText('Checking service statuses…', {}, SLOW);
    expect(checks()).toHaveLength(2);
  });

  it('a viewer sees the installation without Run check or Upgrade', async () => {
    simulator.signInAs('u-viewer');
    renderInstallation('spacetech');
    await servicesTable();
    expect(screen.getByText('Upgrade available → 3.8.1')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Run check' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Upgrade/ })).not.toBeInTheDocument();
  });
});
