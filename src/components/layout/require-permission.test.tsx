import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser } from '@/contract/identity';
import { CurrentUserContext } from './current-user-context';
import { Can, PermissionDenied } from './require-permission';

const user = (permissions: CurrentUser['permissions']): CurrentUser => ({
  id: 'u-1',
  username: 'alex',
  name: 'Alex Morgan',
  email: 'alex@example.com',
  roles: [],
  groupIds: [],
  consoleRole: 'UPSHIFT_ADMINISTRATOR',
  permissions,
});

function renderAs(current: CurrentUser | undefined) {
  return render(
    <CurrentUserContext value={{ user: current, isPending: false }}>
      <Can permission="applications:upgrade" fallback={<span>Read only</span>}>
        <button type="button">Upgrade</button>
      </Can>
    </CurrentUserContext>,
  );
}

describe('<Can>', () => {
  it('renders its children for someone holding the permission', () => {
    renderAs(user(['applications:upgrade']));
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeInTheDocument();
  });

  it('renders the fallback without the permission, and while nobody is known', () => {
    renderAs(user(['applications:check']));
    expect(screen.queryByRole('button', { name: 'Upgrade' })).not.toBeInTheDocument();
    expect(screen.getByText('Read only')).toBeInTheDocument();
    renderAs(undefined);
    expect(screen.queryByRole('button', { name: 'Upgrade' })).not.toBeInTheDocument();
  });
});

describe('<PermissionDenied>', () => {
  it('claims no role while the profile failed to load: says so, with Retry', async () => {
    const retries: string[] = [];
    render(
      <CurrentUserContext
        value={{
          user: undefined,
          isPending: false,
          profileError: new Error('offline'),
          retryProfile: () => retries.push('me'),
        }}
      >
        <Can permission="applications:upgrade" fallback={<span>Upgrading needs the role</span>}>
          <button type="button">Upgrade</button>
        </Can>
        <p>
          Versions.
          <PermissionDenied unknown={null}> Switching needs the Operator role.</PermissionDenied>
        </p>
      </CurrentUserContext>,
    );
    expect(screen.queryByText(/needs the/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upgrade' })).not.toBeInTheDocument();
    const note = screen.getByRole('alert');
    expect(note).toHaveTextContent('Your profile could not be loaded');
    expect(note).toHaveTextContent('Until it loads, the console cannot tell what you may do here.');
    await userEvent.click(within(note).getByRole('button', { name: 'Retry' }));
    expect(retries).toEqual(['me']);
  });

  it('explains the missing role once the profile is known', () => {
    render(
      <CurrentUserContext value={{ user: user([]), isPending: false }}>
        <PermissionDenied>Upgrading needs the Administrator role.</PermissionDenied>
      </CurrentUserContext>,
    );
    expect(screen.getByText('Upgrading needs the Administrator role.')).toBeInTheDocument();
  });
});
