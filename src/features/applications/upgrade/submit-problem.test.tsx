import { screen } from '@testing-library/react';
import { ApiError, timeoutError } from '@/lib/problem';
import { renderWithProviders } from '@/testing/render';
import { SubmitProblem } from './submit-problem';

function renderProblem(error: unknown, fieldErrors: Record<string, string> = {}) {
  const calls = { retry: 0, refresh: 0, goTo: [] as string[] };
  const view = renderWithProviders(
    <SubmitProblem
      error={error}
      fieldErrors={fieldErrors}
      onRetry={() => (calls.retry += 1)}
      retrying={false}
      onGoTo={(step) => calls.goTo.push(step)}
      onRefresh={() => (calls.refresh += 1)}
    />,
  );
  return { ...view, calls };
}

const conflict = (title: string, detail: string, currentRevision?: number) =>
  new ApiError('http', {
    type: 'https://upshift.example/problems/conflict',
    title,
    status: 409,
    detail,
    currentRevision,
  });

describe('why the upgrade did not start', () => {
  it('shows refusals of what an upgrade keeps (name, services, infrastructure) as plain sentences, never as field keys', async () => {
    const refused = {
      name: 'An upgrade cannot rename the application; it stays invoice-approvals.',
      'services.0.image':
        'Only connectors can get a new image; runtime-bundle keeps registry.spacetech.example/invoice-approvals/runtime-bundle:4.0.0.',
      'services.1.variables.FEATURE_X':
        "Only connectors' variables can change; an upgrade cannot add FEATURE_X of query-service.",
      'infrastructure.replicas': 'The infrastructure cannot be changed by an upgrade.',
      'access.admins.users.1':
        'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.',
    };
    const { user, calls } = renderProblem(undefined, refused);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The upgrade was refused');
    for (const message of Object.values(refused)) expect(alert).toHaveTextContent(message);
    expect(alert).not.toHaveTextContent(/services\.|infrastructure\.|access\.admins/);
    // Only what a step of the wizard can change gets a way there.
    const links = screen.getAllByRole('button', { name: /^Fix it in / });
    expect(links.map((l) => l.textContent)).toEqual(['Fix it in Access']);
    await user.click(screen.getByRole('button', { name: 'Fix it in Access' }));
    expect(calls.goTo).toEqual(['access']);
  });

  it('tells an upgrade already running from a stale revision, keeps the choices, and offers the latest', async () => {
    const running = conflict(
      'An upgrade is already running',
      'travel-expenses-us is being upgraded by operation op-00001; wait for it to finish.',
    );
    const { user, calls, unmount } = renderProblem(running);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'An upgrade is already running' +
        'travel-expenses-us is being upgraded by operation op-00001; wait for it to finish. ' +
        'Your choices are kept: once that upgrade has finished, review the latest and upgrade again.',
    );
    expect(alert).not.toHaveTextContent('Someone else changed');
    await user.click(screen.getByRole('button', { name: 'Review the latest' }));
    expect(calls.refresh).toBe(1);
    unmount();

    renderProblem(
      conflict(
        'Someone else changed this application',
        'You started from revision 1, but invoice-approvals is now at revision 2.',
        2,
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'invoice-approvals is now at revision 2. Your choices are kept: review them against the application as it is now, then upgrade.',
    );
  });

  it('after a timeout says Retry is safe, and Retry retries', async () => {
    const { user, calls } = renderProblem(timeoutError(4000));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server took too long to answer');
    expect(alert).toHaveTextContent(
      'No answer after 4 s. Nothing you entered was lost; try again. Retry cannot start the upgrade twice.',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(calls.retry).toBe(1);
  });
});
