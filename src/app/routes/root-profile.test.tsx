import { screen, waitFor, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderConsole } from '@/testing/render-console';
import { routes } from '../router';

const SLOW = { timeout: 8000 };
const RECORD = '/installed-applications/ia-002/upgrades/upg-seed-02';

const roleClaims = /Administrator|Operator role|needs .* role/;

describe('when the profile (GET /identity/me) fails', () => {
  it.each([
    ['a 500', { failure: { endpointId: 'getCurrentUser', status: 500 } }],
    ['a timeout', { timeoutEndpointId: 'getCurrentUser' }],
  ] as const)(
    'after %s an administrator is told the profile could not be loaded, never that they lack a role',
    async (_case, scenario) => {
      simulator.setScenario(scenario);
      const { user } = renderConsole(routes, RECORD);
      await screen.findByRole('heading', { level: 1, name: 'Upgrade 1.8 → 1.9' }, SLOW);
      const main = screen.getByRole('main');
      await waitFor(() => expect(main).toHaveTextContent('Your profile could not be loaded'), {
        timeout: 15_000,
      });
      expect(main).not.toHaveTextContent(roleClaims);
      expect(within(main).queryByRole('link', { name: 'Roll back' })).not.toBeInTheDocument();

      simulator.clearScenario();
      const [retry] = within(main).getAllByRole('button', { name: 'Retry' });
      if (!retry) throw new Error('expected a Retry');
      await user.click(retry);
      expect(await within(main).findByRole('link', { name: 'Roll back' }, SLOW)).toBeVisible();
      expect(main).not.toHaveTextContent('Your profile could not be loaded');
    },
    30_000,
  );

  it('the upgrade wizard says the profile could not be loaded, with a Retry that opens it', async () => {
    simulator.setScenario({ failure: { endpointId: 'getCurrentUser', status: 503 } });
    const { user } = renderConsole(routes, '/applications/app-001/upgrade');
    // Whichever the page says once the profile has failed: it must not be a refusal.
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: /could not be loaded|can't upgrade/ },
      SLOW,
    );
    expect(heading).toHaveTextContent('Your profile could not be loaded');
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent(roleClaims);
    expect(main).not.toHaveTextContent("You can't upgrade applications");

    simulator.clearScenario();
    const retries = within(main).getAllByRole('button', { name: 'Retry' });
    await user.click(retries[retries.length - 1] ?? main);
    expect(
      await within(main).findByRole('radiogroup', { name: /version/i }, SLOW),
    ).toBeInTheDocument();
  }, 30_000);
});
