import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  advance,
  CONFIRM_ALL,
  platformApi,
  platformFaults,
  renderPlan,
  settle,
  SLOW,
  storedPlanEnv,
  upgradeViaApi,
} from '@/testing/platform-execution-test-utils';

/** The alert whose text starts with `title`. */
async function alertTitled(title: string) {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = screen.getAllByRole('alert').find((a) => a.textContent.startsWith(title));
    expect(found).toBeDefined();
  }, SLOW);
  if (!found) throw new Error(`no alert titled ${title}`);
  return found;
}

/** Ticks every item of the Apply and Exit dialog and presses OK. */
async function applyAndExit(user: ReturnType<typeof renderPlan>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Apply and Exit' }, SLOW));
  const dialog = await screen.findByRole('dialog');
  for (const box of within(dialog).getAllByRole('checkbox')) await user.click(box);
  await user.click(within(dialog).getByRole('button', { name: 'OK: upgrade' }));
  return dialog;
}

describe('execution failures and refusals', () => {
  it('the installer fails: what failed, and Retry resumes at the installer', async () => {
    const plan = await platformApi.create();
    platformFaults('nw-preprod', { installerFails: true });
    await platformApi.start(plan.id, 'nw-preprod', CONFIRM_ALL);
    await settle(plan.id);
    const { user } = renderPlan(`/platform/plans/${plan.id}/execution/nw-preprod`);
    const alert = await alertTitled('The installer failed');
    expect(alert).toHaveTextContent('the previous version still runs');
    expect(alert).toHaveTextContent(/Retry resumes at “Run the Platform Server installer/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(
      () => expect(storedPlanEnv(plan.id, 'nw-preprod')?.execution.status).toBe('running'),
      SLOW,
    );
    advance(5 * 60_000);
    await settle(plan.id);
    expect(storedPlanEnv(plan.id, 'nw-preprod')?.execution.status).toBe('done');
  });

  it('modules preparation stops at a module: named, and Retry resumes there', async () => {
    const plan = await platformApi.create();
    platformFaults('nw-preprod', { modulePreparationFailsAt: 'ClaimsPortal_CS' });
    await upgradeViaApi(plan.id, 'nw-preprod');
    const { user } = renderPlan(`/platform/plans/${plan.id}/execution/nw-preprod`);
    const alert = await alertTitled('Modules preparation stopped at ClaimsPortal_CS');
    expect(within(alert).getByText('ClaimsPortal_CS', { selector: 'bdi' })).toBeVisible();
    expect(alert).toHaveTextContent(/\d+ of 86 modules prepared\. Retry resumes at that module/);
    expect(
      screen.getByText(/Modules preparation stopped at ClaimsPortal_CS: retry it\./),
    ).toBeVisible();
    const before = storedPlanEnv(plan.id, 'nw-preprod')?.modulePreparation?.prepared;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole(
        'progressbar',
        { name: /^Modules preparation of Pre-Production/ },
        SLOW,
      ),
    ).toBeVisible();
    const prep = storedPlanEnv(plan.id, 'nw-preprod')?.modulePreparation;
    expect(prep?.status).toBe('running');
    expect(prep?.prepared).toBe(before);
  });

  it('Production waits for a tested environment; the server says so if the page is stale', async () => {
    const plan = await platformApi.create();
    const { user, unmount } = renderPlan(`/platform/plans/${plan.id}/execution/nw-prod`);
    expect(await screen.findByRole('button', { name: 'Apply and Exit' }, SLOW)).toBeDisabled();
    expect(
      screen.getAllByText(/^Production waits for another environment to be upgraded and tested/)[0],
    ).toBeVisible();
    unmount();

    await upgradeViaApi(plan.id, 'nw-preprod', { publish: true, test: true });
    renderPlan(`/platform/plans/${plan.id}/execution/nw-prod`);
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Apply and Exit' })).toBeEnabled(),
      SLOW,
    );
    // Another tab takes the test record back: the page still shows Production allowed.
    const preprod = storedPlanEnv(plan.id, 'nw-preprod');
    if (preprod) preprod.testing = null;
    const dialog = await applyAndExit(user);
    expect(
      await within(dialog).findByText('Production waits for a tested environment', {}, SLOW),
    ).toBeVisible();
    expect(dialog).toHaveTextContent(
      /Production waits for another environment to be upgraded and tested/,
    );
    expect(storedPlanEnv(plan.id, 'nw-prod')?.execution.status).toBe('not-started');
  });

  it('a second execution (started in another tab) is refused in the dialog with the server’s words', async () => {
    const plan = await platformApi.create();
    const { user } = renderPlan(`/platform/plans/${plan.id}/execution/nw-preprod`);
    await screen.findByRole('button', { name: 'Apply and Exit' }, SLOW);
    await platformApi.start(plan.id, 'nw-preprod', CONFIRM_ALL);
    const dialog = await applyAndExit(user);
    expect(
      await within(dialog).findByText('Pre-Production is already being upgraded', {}, SLOW),
    ).toBeVisible();
    expect(dialog).toHaveTextContent('one execution at a time per environment');
    expect(simulator.db.operations.filter((o) => o.kind === 'platform.upgrade')).toHaveLength(1);
  });
});
