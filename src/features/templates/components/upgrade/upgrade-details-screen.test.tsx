import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { renderWithProviders } from '@/testing/render';
import { UpgradeDetailsScreen } from './upgrade-details-screen';

const SLOW = { timeout: 5000 };

function renderUpgradeDetails() {
  return renderWithProviders(<UpgradeDetailsScreen applicationId="ia-002" />, {
    url: '/installed-applications/ia-002/upgrade?to=1.12',
  });
}

/** The failed panel with its Retry: there is always a way out of a failure. */
async function failure(text: string) {
  const alert = await screen.findByRole('alert', {}, SLOW);
  expect(alert).toHaveTextContent(text);
  return within(alert).getByRole('button', { name: 'Retry' });
}

async function expectDiffAndUpgrade() {
  expect(await screen.findByRole('button', { name: /^6 changed:/ }, SLOW)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Upgrade' })).toBeEnabled();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
}

describe('upgrade details after a failure', () => {
  it('recover from offline with one Retry: the application and the diff', async () => {
    simulator.setScenario({ offline: true });
    const { user } = renderUpgradeDetails();
    const retry = await failure('The server could not be reached');
    simulator.setScenario({ offline: false });
    await user.click(retry);
    await expectDiffAndUpgrade();
  });

  it('offer Retry when the diff times out, and recover', async () => {
    simulator.setScenario({ timeoutEndpointId: 'getTemplateUpgradeDiff' });
    const { user } = renderUpgradeDetails();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upgrade details' }, SLOW),
    ).toBeInTheDocument();
    const retry = await failure('The server took too long to answer');
    simulator.clearScenario();
    await user.click(retry);
    await expectDiffAndUpgrade();
  });

  it('offer Retry when the diff is malformed, and recover', async () => {
    simulator.setScenario({ malformedEndpointId: 'getTemplateUpgradeDiff' });
    const { user } = renderUpgradeDetails();
    const retry = await failure('The server sent data the console does not understand');
    simulator.clearScenario();
    await user.click(retry);
    await expectDiffAndUpgrade();
  });

  it('still explain a version that cannot be reached, with the versions on offer', async () => {
    renderWithProviders(<UpgradeDetailsScreen applicationId="ia-002" />, {
      url: '/installed-applications/ia-002/upgrade?to=1.99',
    });
    expect(await screen.findByText('Version not found', {}, SLOW)).toBeInTheDocument();
    expect(
      screen.getByText(/observability-prod can be upgraded to: 1\.12, 1\.11, 1\.10\./),
    ).toBeInTheDocument();
  });
});
