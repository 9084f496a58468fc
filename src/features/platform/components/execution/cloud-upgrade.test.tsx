import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  advance,
  platformApi,
  platformFaults,
  renderPlan,
  settle,
  SLOW,
  storedPlanEnv,
} from '@/testing/platform-execution-test-utils';

const HOUR = 3_600_000;
const DEV = 'nw-dev';

/** A plan with Development scheduled in two hours, Lisbon time. */
async function scheduledPlan() {
  const plan = await platformApi.create();
  const at = new Date(Date.now() + 2 * HOUR).toISOString();
  await platformApi.patch(plan.id, {
    revision: plan.revision,
    environments: [{ environmentId: DEV, schedule: { at, timeZone: 'Europe/Lisbon' } }],
  });
  return plan;
}

const page = (planId: string) => `/platform/plans/${planId}/execution/${DEV}`;

describe('a cloud environment (Development)', () => {
  it('cannot be requested before it is scheduled: said at "When", with the way to Planning', async () => {
    const plan = await platformApi.create();
    const { user } = renderPlan(page(plan.id));
    const form = await screen.findByRole('form', { name: 'Upgrade request for Development' }, SLOW);
    expect(within(form).getByText('Not scheduled yet.', { exact: false })).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Request the upgrade' }));
    expect(
      within(form).getByText(
        /^Schedule this environment in Planning first: the request says when, with the time zone\./,
      ),
    ).toBeVisible();
    expect(within(form).getByRole('link', { name: 'Schedule it in Planning' })).toHaveAttribute(
      'href',
      `/platform/plans/${plan.id}/planning`,
    );
    expect(storedPlanEnv(plan.id, DEV)?.execution.status).toBe('not-started');
  });

  it('an operator names the approving admin; OutSystems upgrades it on the schedule, then prepares the modules', async () => {
    simulator.signInAs('u-operator');
    const plan = await scheduledPlan();
    const { user } = renderPlan(page(plan.id));
    const form = await screen.findByRole('form', { name: 'Upgrade request for Development' }, SLOW);
    expect(within(form).getByText('Platform Server 11.19.0')).toBeVisible();
    expect(within(form).getByText(/\(Europe\/Lisbon\)$/)).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Request the upgrade' }));
    const approver = within(form).getByRole('textbox', { name: 'Infrastructure admin approving' });
    expect(approver).toHaveAccessibleDescription(
      /^Name the infrastructure admin who approves this request/,
    );
    expect(approver).toHaveFocus();
    await user.type(approver, 'Alex Morgan');
    await user.click(within(form).getByRole('button', { name: 'Request the upgrade' }));

    const steps = await screen.findByRole('list', { name: 'Cloud upgrade steps' }, SLOW);
    await waitFor(
      () => expect(storedPlanEnv(plan.id, DEV)?.execution.approvedBy).toBe('Alex Morgan'),
      SLOW,
    );
    advance(2 * 60_000);
    expect(
      await screen.findByText(
        /^Approved: OutSystems upgrades it on .*\(Europe\/Lisbon\)\.$/,
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(within(steps).getByText('Approved by Alex Morgan.', { exact: false })).toBeVisible();

    advance(2 * HOUR);
    await settle(plan.id);
    advance(60_000);
    expect(
      await screen.findByRole('checkbox', { name: 'OutSystems UI components updated' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByText(/OutSystems installed the latest version/)).not.toBeInTheDocument();
    expect(
      await screen.findByText(/^Finished: \d+ of \d+ modules prepared\./, {}, SLOW),
    ).toBeVisible();
    const mail = simulator.db.notifications.find((n) => n.kind === 'platform.modules-preparing');
    expect(mail?.title).toBe('Development is on Platform Server 11.19.0: preparing your modules');
  });

  it('a refused approval says so; Retry resumes at the approval', async () => {
    const plan = await scheduledPlan();
    platformFaults(DEV, { approvalRefused: true });
    const { user } = renderPlan(page(plan.id));
    const form = await screen.findByRole('form', { name: 'Upgrade request for Development' }, SLOW);
    expect(
      within(form).getByText(
        "You're an infrastructure admin: your request is authorized (approved by Alex Morgan).",
      ),
    ).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Request the upgrade' }));
    await waitFor(
      () => expect(storedPlanEnv(plan.id, DEV)?.execution.status).toBe('running'),
      SLOW,
    );
    advance(5 * 60_000);
    const title = await screen.findByText('The approval was refused', {}, SLOW);
    const alert = title.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('no alert');
    expect(alert).toHaveTextContent('Alex Morgan refused the upgrade request of Development');
    expect(alert).toHaveTextContent(/Retry resumes at “An infrastructure admin's approval”/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(
      () => expect(storedPlanEnv(plan.id, DEV)?.execution.status).toBe('running'),
      SLOW,
    );
    const steps = storedPlanEnv(plan.id, DEV)?.execution.steps ?? [];
    expect(steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'request:done',
      'approval:running',
      'outsystems-upgrade:pending',
    ]);
  });
});
