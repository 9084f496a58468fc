import { fireEvent, screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { SLOW } from '../plan/render-plan';
import { renderPlanning, settingsOf, storedPlan } from './render-planning';

const zeroDowntime = (name: string) =>
  within(settingsOf(name)).getByRole('radio', { name: /^Zero-downtime: / });
const when = (name: string) => within(settingsOf(name)).getByLabelText(`Upgrade ${name} on`);
const setWhen = (name: string, value: string) =>
  fireEvent.change(when(name), { target: { value } });

describe('Planning: strategy, schedule, warnings and saving', () => {
  beforeEach(() => sessionStorage.clear());

  it('offers zero-downtime only where every zone has two front-ends, naming the zone short of them', async () => {
    const { user, plan } = await renderPlanning();
    expect(zeroDowntime('Pre-Production')).toBeDisabled();
    expect(
      within(settingsOf('Pre-Production')).getByText(/^Not possible here\./),
    ).toHaveTextContent(
      "Zero-downtime needs at least 2 front-ends in every zone; Pre-Production's Internal has fewer.",
    );
    expect(
      within(settingsOf('Production')).getByRole('radio', {
        name: 'Downtime: rollback with no data loss',
      }),
    ).toBeChecked();
    await user.click(zeroDowntime('Production'));
    expect(zeroDowntime('Production')).toBeChecked();
    expect(
      within(
        screen.getByRole('region', { name: 'Pre-production checklist for Production' }),
      ).getByText('Disable the front-end servers in Service Center'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Everything shown is saved.', {}, SLOW)).toBeVisible();
    const production = (await storedPlan(plan.id)).environments.find(
      (e) => e.role === 'production',
    );
    expect(production?.strategy).toBe('zero-downtime');
  });

  it('refuses a past or zone-less schedule at its field; warns of a sprint and of cloud environments a day apart', async () => {
    const { user, plan } = await renderPlanning();
    setWhen('Testing', '2026-10-01T10:00');
    expect(within(settingsOf('Testing')).getByText('Pick a time in the future.')).toBeVisible();
    setWhen('Testing', '2026-11-10T10:00');
    const zone = within(settingsOf('Testing')).getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveValue('UTC');
    await user.clear(zone);
    await user.tab();
    expect(
      within(settingsOf('Testing')).getByText('Name the time zone of that time.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(zone).toHaveFocus();
    await user.type(zone, 'Europe/Lis');
    await user.click(await screen.findByRole('option', { name: 'Europe/Lisbon' }, SLOW));
    expect(
      within(settingsOf('Testing')).queryByText('Name the time zone of that time.'),
    ).toBeNull();

    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(warnings).toHaveTextContent(
      'Testing is scheduled during Sprint 40: an upgrade sprint should never break a development sprint.',
    );
    setWhen('Development', '2026-11-22T10:00');
    setWhen('Testing', '2026-11-22T20:00');
    expect(warnings).toHaveTextContent(
      'Testing is scheduled less than a day after Development: allow at least a day between environments',
    );
    expect(warnings).not.toHaveTextContent('Sprint 40:');
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Everything shown is saved.', {}, SLOW)).toBeVisible();
    const testing = (await storedPlan(plan.id)).environments.find((e) => e.role === 'testing');
    expect(testing?.schedule).toEqual({
      at: '2026-11-22T20:00:00.000Z',
      timeZone: 'Europe/Lisbon',
    });
    expect(
      within(settingsOf('Testing')).getByText(/^Date and time in the zone beside it$|^That is /),
    ).toBeVisible();
  });

  it('after a 409 keeps every choice, says what they changed, and saves mine over theirs on request', async () => {
    const { user, plan } = await renderPlanning();
    await user.click(zeroDowntime('Production'));
    await user.click(screen.getByRole('button', { name: 'Move down: Development' }));
    // The operator changes Production's schedule meanwhile.
    simulator.signInAs('u-operator');
    await apiCall(endpoints.updateUpgradePlan, {
      params: { planId: plan.id },
      body: {
        revision: plan.revision,
        environments: [
          {
            environmentId: 'nw-prod',
            schedule: { at: '2026-12-21T22:00:00.000Z', timeZone: 'UTC' },
          },
        ],
      },
    });
    simulator.signInAs('u-admin');
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    const notice = await screen.findByText('Someone else changed this plan meanwhile', {}, SLOW);
    const alert = notice.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the notice is not an alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent(
      'Production: Dec 21, 2026, 10:00 PM (UTC) (was not scheduled).',
    );
    expect(zeroDowntime('Production')).toBeChecked();
    await user.click(within(alert).getByRole('button', { name: 'Keep my changes and save again' }));
    expect(await screen.findByText('Everything shown is saved.', {}, SLOW)).toBeVisible();
    const saved = await storedPlan(plan.id);
    expect(saved.environments.map((e) => e.name)).toEqual([
      'Testing',
      'Development',
      'Pre-Production',
      'Production',
    ]);
    const production = saved.environments.find((e) => e.role === 'production');
    expect(production).toMatchObject({
      strategy: 'zero-downtime',
      schedule: { at: '2026-12-21T22:00:00.000Z', timeZone: 'UTC' },
    });
  });

  it("shows the server's refusal at the field when it comes anyway", async () => {
    const { user } = await renderPlanning();
    await user.click(zeroDowntime('Production'));
    // A front-end is taken out of Production's External zone after the page was read.
    const prod = simulator.db.platformEnvironments.find((e) => e.id === 'nw-prod');
    prod?.zones[1]?.frontEnds.pop();
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(
      await within(settingsOf('Production')).findByText(
        "Zero-downtime needs at least 2 front-ends in every zone; Production's External has fewer. Use a downtime upgrade.",
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(zeroDowntime('Production')).toBeChecked();
  });

  it('a save that fails keeps the choices, with a Retry that saves them', async () => {
    const { user, plan } = await renderPlanning();
    await user.click(zeroDowntime('Production'));
    simulator.setScenario({ failure: { endpointId: 'updateUpgradePlan', status: 500 } });
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The plan was not saved; your choices are kept');
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Everything shown is saved.', {}, SLOW)).toBeVisible();
    expect((await storedPlan(plan.id)).revision).toBe(plan.revision + 1);
  });
});
