import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { MONITOR, readyViaApi, renderUpgrade, SLOW } from '@/testing/server-upgrade-test-utils';

const RUNBOOK = '/servers/spacetech/upgrade';
const stored = (id: string) => simulator.db.serverUpgrades.find((u) => u.id === id);

/** The runbook of an upgrade waiting for its downtime, and the dialog opened from it. */
async function openDialog() {
  const id = await readyViaApi();
  const view = renderUpgrade(RUNBOOK);
  await view.user.click(await screen.findByRole('link', { name: 'Confirm the downtime' }, SLOW));
  const element = await screen.findByRole('dialog', { name: 'Confirm the downtime' }, SLOW);
  return { ...view, id, dialog: within(element) };
}

const confirmBox = () =>
  within(screen.getByRole('dialog')).getByRole('checkbox', {
    name: 'I understand spacetech will be unreachable',
  });

describe('the downtime dialog', () => {
  it('says what goes down, focuses Cancel, and changes nothing on Escape', async () => {
    const { user, id, dialog, router } = await openDialog();
    expect(dialog.getByText(/is unreachable from down until up\.$/)).toHaveTextContent(
      'spacetech is unreachable from down until up.',
    );
    expect(dialog.getByText(/Pick an idle time/)).toBeVisible();
    expect(dialog.getByText(`Added to DNS, as ticked in step 5: ${MONITOR}.`)).toBeVisible();
    expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(router.state.location.pathname).toBe(RUNBOOK);
    expect(stored(id)?.status).toBe('preparing');
  });

  it('asks for the confirmation, then applies now and the runbook follows down → version', async () => {
    const { user, id, dialog } = await openDialog();
    await user.click(dialog.getByRole('button', { name: 'Apply now' }));
    expect(confirmBox()).toHaveFocus();
    expect(confirmBox()).toHaveAccessibleDescription(
      'Tick this to confirm that spacetech will be unreachable.',
    );
    expect(stored(id)?.status).toBe('preparing');
    await user.click(confirmBox());
    await user.click(dialog.getByRole('button', { name: 'Apply now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(stored(id)?.status).toBe('applying');
    await waitFor(
      () => expect(document.querySelector('li[aria-current="step"] h4')).toHaveTextContent('Down'),
      SLOW,
    );
  });

  it('puts every 422 at its field: the confirmation, DNS and the time', async () => {
    server.use(
      http.post('*/api/v1/servers/:serverId/upgrades/:upgradeId/apply', () =>
        HttpResponse.json(
          {
            type: 'https://upshift.example/problems/unprocessable',
            title: 'The downtime is not confirmed',
            status: 422,
            detail: 'Refused.',
            errors: [
              { field: 'confirmDowntime', message: 'Confirm that spacetech is unreachable.' },
              { field: 'dnsConfirmed', message: `Add ${MONITOR} to DNS and tick it first.` },
              { field: 'at', message: 'That time has passed.' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, dialog } = await openDialog();
    await user.click(dialog.getByRole('radio', { name: 'At a chosen time' }));
    const at = dialog.getByLabelText('Start at');
    fireEvent.change(at, { target: { value: '2030-01-01T03:00' } });
    await user.click(confirmBox());
    await user.click(dialog.getByRole('button', { name: 'Schedule' }));
    await waitFor(
      () =>
        expect(confirmBox()).toHaveAccessibleDescription('Confirm that spacetech is unreachable.'),
      SLOW,
    );
    expect(dialog.getByText(`Add ${MONITOR} to DNS and tick it first.`)).toBeVisible();
    expect(at).toHaveAccessibleDescription('That time has passed.');
    expect(at).toHaveValue('2030-01-01T03:00');
    expect(confirmBox()).toBeChecked();
  });

  it('schedules for a future time only, and the runbook cancels it until it starts', async () => {
    const { user, id, dialog } = await openDialog();
    await user.click(dialog.getByRole('radio', { name: 'At a chosen time' }));
    const at = dialog.getByLabelText('Start at');
    fireEvent.change(at, { target: { value: '2020-01-01T03:00' } });
    await user.click(confirmBox());
    await user.click(dialog.getByRole('button', { name: 'Schedule' }));
    expect(at).toHaveAccessibleDescription('Pick a time in the future.');
    expect(at).toHaveFocus();
    fireEvent.change(at, { target: { value: '2030-01-01T03:00' } });
    await user.click(dialog.getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), SLOW);
    expect(stored(id)).toMatchObject({
      status: 'scheduled',
      scheduledAt: new Date('2030-01-01T03:00').toISOString(),
    });
    expect(await screen.findByText(/^Scheduled for /, {}, SLOW)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel the scheduled upgrade' }));
    await waitFor(() => expect(stored(id)?.status).toBe('preparing'), SLOW);
    expect(await screen.findByRole('link', { name: 'Confirm the downtime' }, SLOW)).toBeVisible();
  });
});
