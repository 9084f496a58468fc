import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { MASK } from '@/lib/secrets';
import { ConnectorsPanel } from './connectors-panel';
import { ServicesPanel } from './services-panel';
import { renderDetail, SLOW } from '@/testing/detail-test-utils';

const erpTokenRow = async () => {
  const table = await screen.findByRole('table', { name: 'Variables of erp-connector' }, SLOW);
  return within(table).getByRole('row', { name: /API_TOKEN/ });
};

describe('a secret variable of the application detail', () => {
  it.each(['u-viewer', 'u-product-owner', 'u-operator'])(
    'is masked for %s, with no Reveal: the value never reaches the page',
    async (userId) => {
      simulator.signInAs(userId);
      renderDetail('connectors', (app) => <ConnectorsPanel app={app} />);
      const row = await erpTokenRow();
      expect(row).toHaveTextContent(MASK);
      expect(within(row).getByText('Hidden value')).toBeInTheDocument();
      expect(within(row).queryByRole('button')).not.toBeInTheDocument();
      expect(document.body).not.toHaveTextContent('tok-app-001-c0de');
    },
  );

  it('is revealed for an administrator through the reveal endpoint, which records the read', async () => {
    const { user } = renderDetail('connectors', (app) => <ConnectorsPanel app={app} />);
    const row = await erpTokenRow();
    expect(document.body).not.toHaveTextContent('tok-app-001-c0de');
    const audit = simulator.db.audit.length;

    await user.click(
      within(row).getByRole('button', { name: 'Reveal API_TOKEN of erp-connector' }),
    );
    expect(await within(row).findByText('tok-app-001-c0de')).toBeInTheDocument();
    expect(simulator.db.audit.slice(audit)).toEqual([
      expect.objectContaining({
        action: 'application.secrets.reveal',
        fields: ['API_TOKEN of connector erp-connector'],
      }),
    ]);
  });

  it.each([
    [403, /^Not revealed: You don't have access\./],
    [500, /^Not revealed: /],
  ])('says a %s at the value, stays masked, and Reveal tries again', async (status, said) => {
    simulator.setScenario({ failure: { endpointId: 'revealApplicationSecrets', status } });
    const { user } = renderDetail('services', (app) => <ServicesPanel app={app} />);
    const table = await screen.findByRole('table', { name: 'Variables of runtime-bundle' }, SLOW);
    const row = within(table).getByRole('row', { name: /SPRING_DATASOURCE_PASSWORD/ });
    const reveal = within(row).getByRole('button', {
      name: 'Reveal SPRING_DATASOURCE_PASSWORD of runtime-bundle',
    });

    await user.click(reveal);
    expect(await within(row).findByText(said)).toHaveAttribute('role', 'alert');
    expect(row).toHaveTextContent(MASK);
    expect(reveal).toHaveAttribute('aria-pressed', 'false');

    simulator.clearScenario();
    await user.click(reveal);
    expect(await within(row).findByText('pw-app-001-7f3a')).toBeInTheDocument();
    expect(within(row).queryByRole('alert')).not.toBeInTheDocument();
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
  });
});
