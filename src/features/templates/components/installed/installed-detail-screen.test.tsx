import { screen, within } from '@testing-library/react';
import { api, finished, rollback, upgrade } from '@/testing/templates-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { renderWithProviders } from '@/testing/render';
import { InstalledDetailScreen } from './installed-detail-screen';

const SLOW = { timeout: 5000 };

function renderManagement(installedId: string) {
  return renderWithProviders(<InstalledDetailScreen installedId={installedId} />, {
    url: `/installed-applications/${installedId}`,
  });
}

describe('upgrade management', () => {
  it('after a rollback that kept redis, says its own version would remove redis', async () => {
    const clock = simulatedClock();
    await finished(
      (await api.publish('tpl-spacetech-portal', { revision: 1, version: '1.1', notes: '' })).id,
      clock,
    );
    await finished((await upgrade('ia-001', '1.1', ['redis', 'web'])).id, clock);
    const [record] = (await api.records('ia-001')).items;
    await finished((await rollback('ia-001', record?.id ?? '', ['web'])).id, clock);

    renderManagement('ia-001');
    const targets = await screen.findByRole('radiogroup', { name: 'Version to upgrade to' }, SLOW);
    const current = within(targets).getByRole('radio', { name: '1.0 (the current version)' });
    expect(current).toHaveAccessibleDescription(
      'Removes redis, which was kept when the last upgrade was rolled back.',
    );
    expect(targets).not.toHaveTextContent('bring the components left out up to it');
    const latest = within(targets).getByRole('radio', { name: '1.1 (latest)' });
    expect(latest).toBeChecked();
    expect(latest).toHaveAccessibleDescription('Changes web.');
  });

  it('after a partial upgrade, offers its own version with the components left out', async () => {
    renderManagement('ia-005');
    const targets = await screen.findByRole('radiogroup', { name: 'Version to upgrade to' }, SLOW);
    const current = within(targets).getByRole('radio', { name: /^1\.1 \(the current version\)/ });
    const details = await api.upgradeDiff('ia-005', '1.1');
    const changed = details.components.filter((c) => c.change === 'changed').map((c) => c.name);
    expect(changed.length).toBeGreaterThan(0);
    expect(current).toHaveAccessibleDescription(`Changes ${changed.join(' and ')}.`);
  });
});
