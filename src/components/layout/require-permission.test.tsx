import { render, screen } from '@testing-library/react';
import type { CurrentUser } from '@/contract/identity';
import { CurrentUserContext } from './current-user-context';
import { Can } from './require-permission';

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
