import { screen, waitFor, within } from '@testing-library/react';
import {
  platformApi,
  renderPlan,
  settle,
  SLOW,
  storedPlanEnv,
  upgradeViaApi,
} from '@/testing/platform-execution-test-utils';

describe('Step 3: the applications', () => {
  it('Production: mobile apps warned of over-the-air upgrades, newer Forge components, staged from Pre-Production', async () => {
    const plan = await platformApi.create();
    await upgradeViaApi(plan.id, 'nw-preprod', { publish: true, test: true });
    await upgradeViaApi(plan.id, 'nw-prod');
    const { user } = renderPlan(`/platform/plans/${plan.id}/execution/nw-prod`);
    const warning = (
      await screen.findByText('Mobile apps get over-the-air upgrades', {}, SLOW)
    ).closest<HTMLElement>('[role="alert"]');
    expect(warning).toHaveTextContent(
      /Field Inspections, Fleet Tracker, Expense Claims, which triggers over-the-air \(OTA\) upgrades/,
    );
    expect(warning).toHaveTextContent(
      'Generating and distributing a new build eliminates the need for them',
    );
    expect(
      screen.getByRole('checkbox', { name: 'New mobile builds distributed' }),
    ).not.toBeChecked();
    expect(screen.getByText('Ultimate PDF', { selector: 'bdi' }).closest('li')).toHaveTextContent(
      'Ultimate PDF 9.2.1 → 10.0.4',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Forge components upgraded and validated' }),
    ).toBeInTheDocument();

    const methods = screen.getByRole('radiogroup', { name: 'How to publish' });
    expect(
      within(methods)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      'Publish all: stage from an environment upgraded before',
      'Publish all: code-based upgrade',
      'Deploy All',
      'Gradually: the applications you choose',
    ]);
    await user.click(
      within(methods).getByRole('radio', {
        name: 'Publish all: stage from an environment upgraded before',
      }),
    );
    expect(screen.getByRole('combobox', { name: 'Stage from' })).toHaveTextContent(
      'Pre-Production',
    );
    await user.click(screen.getByRole('button', { name: 'Publish all applications' }));
    expect(
      await screen.findByRole('progressbar', { name: /^Publication in Production/ }, SLOW),
    ).toBeVisible();
    await settle(plan.id);
    expect(
      await screen.findByText(
        'Publish all: stage from an environment upgraded before: 11 of 11 applications published.',
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('radiogroup', { name: 'How to publish' })).not.toBeInTheDocument();
    expect(storedPlanEnv(plan.id, 'nw-prod')?.publication).toMatchObject({
      method: 'stage',
      sourceEnvironmentId: 'nw-preprod',
    });

    await user.click(screen.getByRole('checkbox', { name: 'New mobile builds distributed' }));
    await waitFor(
      () =>
        expect(storedPlanEnv(plan.id, 'nw-prod')?.ticks['mobile-build']?.doneBy.name).toBe(
          'Alex Morgan',
        ),
      SLOW,
    );
    expect(await screen.findByText(/Done by Alex Morgan\.$/, {}, SLOW)).toBeVisible();
  });

  it('publishing gradually while another tab restarted modules preparation: the server’s 409 at the form', async () => {
    const plan = await platformApi.create();
    await upgradeViaApi(plan.id, 'nw-preprod');
    const { user } = renderPlan(`/platform/plans/${plan.id}/execution/nw-preprod`);
    const gradual = await screen.findByRole(
      'radio',
      { name: 'Gradually: the applications you choose' },
      SLOW,
    );
    expect(gradual).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Policy Admin/ }));
    const prep = storedPlanEnv(plan.id, 'nw-preprod')?.modulePreparation;
    if (prep) prep.status = 'running';
    await user.click(screen.getByRole('button', { name: 'Publish the chosen applications' }));
    expect(await screen.findByText('Modules preparation has not finished', {}, SLOW)).toBeVisible();
    expect(
      screen.getByText(/^Publish once modules preparation of Pre-Production ends/),
    ).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /^Policy Admin/ })).toBeChecked();
    expect(storedPlanEnv(plan.id, 'nw-preprod')?.publication).toBeNull();
  });
});

describe('Legacy, 9.1 → 11: LifeTime first', () => {
  it('LifeTime has its own page with the dedicated environment first; the environments wait for it', async () => {
    const plan = await platformApi.create('legacy', '11');
    expect(plan.publishMode).toBe('all');
    const { user, unmount } = renderPlan(`/platform/plans/${plan.id}/execution/legacy-lifetime`);
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Step 1. Upgrade LifeTime' }, SLOW),
    ).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: 'Step 2. Upgrade the development tools' }),
    ).not.toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'LifeTime steps' });
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent(
      'Reinstall LifeTime in a dedicated environment',
    );
    await user.click(screen.getByRole('button', { name: 'Apply and Exit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply and Exit: LifeTime' });
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    unmount();

    renderPlan(`/platform/plans/${plan.id}/execution/legacy-dev`);
    expect(await screen.findByRole('button', { name: 'Apply and Exit' }, SLOW)).toBeDisabled();
    expect(screen.getAllByText(/^LifeTime is on 9\.1, behind 11/)[0]).toBeVisible();
    expect(
      screen.getByText(
        /^Upgrading from Platform Server 10 or previous to Platform Server 11: you must publish all/,
      ),
    ).toBeVisible();
  });
});
