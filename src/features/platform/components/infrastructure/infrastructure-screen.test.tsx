import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { InfrastructureScreen } from './infrastructure-screen';

const SLOW = { timeout: 5000 };

function renderPlatform() {
  return renderWithProviders(<InfrastructureScreen />, { url: '/platform' });
}

const section = (name: string) => screen.findByRole('region', { name }, SLOW);
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${name} `) });

function setVersion(environmentId: string, version: string) {
  const env = simulator.db.platformEnvironments.find((e) => e.id === environmentId);
  if (!env) throw new Error(`no environment ${environmentId}`);
  env.platformVersion = version;
}

describe('the infrastructure page', () => {
  it('shows each infrastructure: LifeTime, the environments in staging order, their front-ends', async () => {
    renderPlatform();
    const northwind = await section('Northwind');
    expect(within(northwind).getByText('LifeTime 11.19.0 · Dedicated environment')).toBeVisible();
    const table = within(northwind).getByRole('table', { name: 'Northwind environments' });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Development', 'Testing', 'Pre-Production', 'Production']);
    const preprod = rowOf(table, 'Pre-Production');
    expect(preprod).toHaveTextContent(
      'Pre-Production11.10.0Self-managed2 zones × 1 front-endOffNot neededOpen',
    );
    expect(rowOf(table, 'Production')).toHaveTextContent('2 zones × 2 front-ends');
    expect(rowOf(table, 'Development')).toHaveTextContent(
      'Development11.10.0Cloud1 zone × 1 front-end',
    );
    expect(rowOf(table, 'Development')).toHaveTextContent('First in the lifecycle');
    expect(within(northwind).getByText('No upgrade is planned.')).toBeVisible();

    const legacy = await section('Legacy');
    expect(
      within(legacy).getByText('LifeTime 9.1 · Inside Production (not dedicated)'),
    ).toBeVisible();
  });

  it('marks staging blocked, in words, between neighbours on different versions', async () => {
    setVersion('nw-dev', '11.19.0');
    renderPlatform();
    const table = within(await section('Northwind')).getByRole('table', {
      name: 'Northwind environments',
    });
    expect(rowOf(table, 'Testing')).toHaveTextContent('Staging blocked: 11.19.0 → 11.10.0');
    expect(rowOf(table, 'Pre-Production')).toHaveTextContent(/Open$/);
  });

  it('names the progress bar of a modules preparation that runs', async () => {
    const env = simulator.db.platformEnvironments.find((e) => e.id === 'nw-preprod');
    if (!env) throw new Error('no nw-preprod');
    env.modulePreparation = {
      status: 'running',
      prepared: 120,
      total: 300,
      failedModule: null,
      operationId: null,
    };
    renderPlatform();
    const bar = await screen.findByRole(
      'progressbar',
      { name: 'Modules preparation in Pre-Production' },
      SLOW,
    );
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '120 of 300 modules prepared');
  });

  it('plans an upgrade to a release higher than every environment, then opens the plan', async () => {
    const { user, router } = renderPlatform();
    const northwind = await section('Northwind');
    await user.click(
      await within(northwind).findByRole('combobox', { name: 'Target version' }, SLOW),
    );
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe('11.19.0');
    expect(options.at(-1)).toBe('11.11.3');
    expect(options).not.toContain('11.10.0');
    await user.click(screen.getByRole('option', { name: '11.19.0' }));
    await user.click(within(northwind).getByRole('button', { name: 'Plan an upgrade' }));
    const plans = await apiCall(endpoints.listUpgradePlans);
    const plan = plans.items.find((p) => p.infrastructureId === 'northwind');
    expect(plan?.to).toBe('11.19.0');
    await vi.waitFor(() =>
      expect(router.state.location.pathname).toBe(`/platform/plans/${plan?.id ?? ''}/analysis`),
    );
  });

  it('says at the field why a plan was refused, and links the open plan once there is one', async () => {
    const { user } = renderPlatform();
    const northwind = await section('Northwind');
    await user.click(
      await within(northwind).findByRole('button', { name: 'Plan an upgrade' }, SLOW),
    );
    expect(within(northwind).getByText('Pick the version to upgrade to.')).toBeVisible();
    // Someone else opens a plan meanwhile: the server refuses a second one, at the field.
    await apiCall(endpoints.createUpgradePlan, {
      body: { infrastructureId: 'northwind', to: '11.12.0' },
    });
    await user.click(within(northwind).getByRole('combobox', { name: 'Target version' }));
    await user.click(screen.getByRole('option', { name: '11.19.0' }));
    await user.click(within(northwind).getByRole('button', { name: 'Plan an upgrade' }));
    expect(
      await within(northwind).findByText(
        /^Northwind is being taken to 11\.12\.0 by plan/,
        {},
        SLOW,
      ),
    ).toBeVisible();
  });

  it('shows the open plan as a link with where it stands', async () => {
    const plan = await apiCall(endpoints.createUpgradePlan, {
      body: { infrastructureId: 'northwind', to: '11.19.0' },
    });
    renderPlatform();
    const northwind = await section('Northwind');
    const link = await within(northwind).findByRole(
      'link',
      { name: 'Upgrade Northwind to 11.19.0' },
      SLOW,
    );
    expect(link).toHaveAttribute('href', `/platform/plans/${plan.id}/analysis`);
    expect(link.parentElement).toHaveTextContent(
      `(0 of ${String(plan.changes.length)} reviewed, 0 of 4 upgraded)`,
    );
    expect(within(northwind).queryByRole('button', { name: 'Plan an upgrade' })).toBeNull();
  });

  it('a failure says what failed, with a Retry that loads the page', async () => {
    simulator.setScenario({ failure: { endpointId: 'listPlatformEnvironments', status: 500 } });
    const { user } = renderPlatform();
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The environments could not be loaded');
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await section('Northwind')).toBeVisible();
  });

  it('is empty when no infrastructure is registered', async () => {
    simulator.db.infrastructures = [];
    simulator.db.platformEnvironments = [];
    renderPlatform();
    expect(
      await screen.findByRole('heading', { name: 'No infrastructure yet' }, SLOW),
    ).toBeVisible();
  });

  it('a viewer sees the environments but cannot plan an upgrade', async () => {
    simulator.signInAs('u-viewer');
    renderPlatform();
    const northwind = await section('Northwind');
    expect(within(northwind).getByRole('table')).toBeVisible();
    expect(within(northwind).queryByRole('button', { name: 'Plan an upgrade' })).toBeNull();
    expect(within(northwind).queryByRole('combobox')).toBeNull();
    // Forced anyway, the API refuses.
    await expect(
      apiCall(endpoints.createUpgradePlan, {
        body: { infrastructureId: 'northwind', to: '11.19.0' },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
