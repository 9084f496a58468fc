import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { servers } from '@/testing/servers-test-utils';
import { short } from '../../script-output';
import { renderUpgrade, SLOW } from '@/testing/server-upgrade-test-utils';

const checklist = () => screen.findByRole('list', { name: 'Checklist' }, SLOW);
/** Upgrades started in the test (the seed holds one completed earlier). */
const started = () => simulator.db.serverUpgrades.filter((u) => u.status !== 'completed');
const startButton = (name = 'Start the upgrade') => screen.findByRole('button', { name }, SLOW);

describe('the upgrade plan', () => {
  it('shows 3.7.2 → 3.8.1: the releases crossed, one checklist, and the images from → to', async () => {
    renderUpgrade('/servers/spacetech/upgrade?to=3.8.1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade Space Tech' }),
    ).toBeVisible();
    expect(await screen.findByText('3.7.2 → 3.8.1', { selector: 'p' }, SLOW)).toBeVisible();
    expect(screen.getByText('This is an upgrade, 2 releases crossed.')).toBeVisible();
    const crossed = screen.getByRole('heading', { level: 2, name: 'Releases crossed' });
    const releases = within(crossed.closest('section') ?? document.body);
    expect(releases.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '3.8.0',
      '3.8.1',
    ]);
    expect(
      releases.getByText(/^New service "monitor": build queue and runner health dashboards/),
    ).toBeVisible();

    const list = within(await checklist());
    expect(list.getByText('monitor.enabled')).toBeVisible();
    expect(list.getByText('monitor.spacetech.com')).toBeVisible();
    const below = list.getByRole('list', { name: 'Runners below 1.9.0' });
    expect(below).toHaveTextContent(/^spacetech-macos-02 runs 1\.8\.7$/);
    expect(list.getByText(/docker-compose-plugin 2\.29\.7 \(3\.8\.0\)/)).toBeVisible();

    const images = list.getByRole('list', { name: 'Images changing' });
    const rows = within(images).getAllByRole('listitem');
    expect(rows).toHaveLength(7);
    const { services } = await servers.get('spacetech');
    const api = services.find((s) => s.service === 'api');
    const target = (await servers.plan('spacetech', '3.8.1')).imageChanges;
    const apiTo = target.find((c) => c.service === 'api')?.toHash ?? '';
    const apiRow = rows.find((r) => r.textContent.startsWith('api')) ?? images;
    // Short on screen (the whole digest is only read out), whole in the accessible text.
    expect(within(apiRow).getByText(short(api?.hash ?? ''))).toHaveAttribute('aria-hidden', 'true');
    expect(apiRow).toHaveTextContent(`api 3.7.2 ${short(api?.hash ?? '')}${api?.hash ?? ''}`);
    expect(apiRow).toHaveTextContent(apiTo);
    expect(rows.at(-1)).toHaveTextContent(/^monitor new service → 3\.8\.1/);
  });

  it('starts once however often Start is pressed, then shows the runbook', async () => {
    const { user } = renderUpgrade('/servers/spacetech/upgrade?to=3.8.1');
    await user.click(await screen.findByRole('radio', { name: 'I run the commands' }, SLOW));
    const start = await startButton();
    await user.dblClick(start);
    expect(await screen.findByRole('heading', { level: 2, name: 'Runbook' }, SLOW)).toBeVisible();
    expect(started().map((u) => [u.to, u.mode])).toEqual([['3.8.1', 'manual']]);
  });

  it('refuses a downgrade until "I understand" is ticked, then starts it', async () => {
    const { user } = renderUpgrade('/servers/orbital/upgrade?to=3.7.2');
    expect(
      await screen.findByText(
        /^This is a downgrade: 3\.7\.2 is older than 3\.8\.1\. After 3\.7\.1/,
        {},
        SLOW,
      ),
    ).toHaveTextContent(/pulls older images and downgrades orbital\. 2 releases are undone\./);
    expect(screen.getByRole('heading', { level: 2, name: 'Releases undone' })).toBeVisible();
    await user.click(await startButton('Start the downgrade'));
    const ack = screen.getByRole('checkbox', { name: 'I understand this downgrades orbital' });
    expect(ack).toHaveFocus();
    expect(ack).toHaveAccessibleDescription('Tick this to start: 3.7.2 is older than 3.8.1.');
    expect(started()).toEqual([]);
    await user.click(ack);
    await user.click(await startButton('Start the downgrade'));
    await screen.findByRole('heading', { level: 2, name: 'Runbook' }, SLOW);
    expect(started().map((u) => [u.from, u.to, u.downgrade])).toEqual([['3.8.1', '3.7.2', true]]);
  });

  it("shows the API's 422 at the downgrade checkbox when it comes anyway", async () => {
    const message = '3.7.2 is older than 3.8.1: acknowledge it to go on.';
    server.use(
      http.post('*/api/v1/servers/:serverId/upgrades', () =>
        HttpResponse.json(
          {
            type: 'https://upshift.example/problems/unprocessable',
            title: 'This is a downgrade',
            status: 422,
            detail: message,
            errors: [{ field: 'acknowledgeDowngrade', message }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderUpgrade('/servers/orbital/upgrade?to=3.7.2');
    const ack = await screen.findByRole(
      'checkbox',
      { name: 'I understand this downgrades orbital' },
      SLOW,
    );
    await user.click(ack);
    await user.click(await startButton('Start the downgrade'));
    await waitFor(() => expect(ack).toHaveAccessibleDescription(message), SLOW);
    expect(ack).toBeChecked();
  });

  it('starts nothing for an unknown version and lists the released ones as links', async () => {
    renderUpgrade('/servers/spacetech/upgrade?to=9.9');
    expect(
      await screen.findByText(
        /^9\.9 is not a released version\. Released: 3\.7\.1, 3\.7\.2, 3\.8\.0, 3\.8\.1; the latest is 3\.8\.1\.$/,
        {},
        SLOW,
      ),
    ).toBeVisible();
    const links = within(await screen.findByRole('list', { name: 'Released versions' }, SLOW));
    expect(links.getByRole('link', { name: '3.8.1 (latest)' })).toHaveAttribute(
      'href',
      '/servers/spacetech/upgrade?to=3.8.1',
    );
    expect(links.getByRole('link', { name: '3.7.1 (older: a downgrade)' })).toBeVisible();
    expect(links.getByText('3.7.2: what Space Tech runs now')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Start/ })).not.toBeInTheDocument();
    expect(started()).toEqual([]);
  });

  it('says a server already runs the version asked for', async () => {
    renderUpgrade('/servers/orbital/upgrade?to=3.8.1');
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      /^orbital already runs 3\.8\.1: there is nothing to upgrade\.$/,
    );
    expect(screen.queryByRole('button', { name: /^Start/ })).not.toBeInTheDocument();
  });

  it('shows a viewer the plan without Start', async () => {
    simulator.signInAs('u-viewer');
    renderUpgrade('/servers/spacetech/upgrade?to=3.8.1');
    expect(await checklist()).toBeVisible();
    expect(
      screen.getByText('Starting an upgrade needs the Administrator or Operator role.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Start/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it("answers another tab's start with the 409, naming it, and a link that opens it", async () => {
    const { user } = renderUpgrade('/servers/spacetech/upgrade?to=3.8.1');
    const start = await startButton();
    const other = await servers.start('spacetech', { to: '3.8.0', mode: 'manual' });
    await user.click(start);
    const alert = await screen.findByText(
      `Alex Morgan's upgrade to 3.8.0 (${String(other.result?.upgradeId)}) is preparing. Finish or retry it first.`,
      {},
      SLOW,
    );
    expect(alert).toBeVisible();
    expect(screen.getByText('An upgrade of this server is not finished')).toBeVisible();
    await user.click(await screen.findByRole('link', { name: 'Open that upgrade' }, SLOW));
    expect(await screen.findByRole('heading', { level: 2, name: 'Runbook' }, SLOW)).toBeVisible();
    expect(screen.getByText(/^3\.7\.2 → 3\.8\.0/)).toBeVisible();
    expect(started().map((u) => u.id)).toEqual([String(other.result?.upgradeId)]);
  });
});
