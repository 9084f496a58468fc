import type { ReactNode } from 'react';
import { screen, within } from '@testing-library/react';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { paths, type SelfHostedTab } from '@/config/paths';
import { renderWithProviders } from '@/testing/render';
import { SettingsPanel } from '../settings/settings-panel';
import { TenantsPanel } from '../tenants/tenants-panel';
import { SelfHostedDetailScreen } from './self-hosted-detail-screen';

/** Role queries over MUI tables are slow in jsdom, so waits get more time. */
const SLOW = { timeout: 5000 };

function renderDetail(
  applicationId: string,
  tab: SelfHostedTab,
  panel: (app: SelfHostedApplicationDetail) => ReactNode,
) {
  return renderWithProviders(
    <SelfHostedDetailScreen applicationId={applicationId}>{panel}</SelfHostedDetailScreen>,
    { url: paths.selfHosted.detail.href(applicationId, tab), path: '/my-applications/:id/*' },
  );
}

describe('a self-hosted application page', () => {
  it('Tenants: each tenant with its provisioning, version and access; a denial says why', async () => {
    renderDetail('sh-003', 'tenants', (app) => <TenantsPanel app={app} />);

    const table = await screen.findByRole('table', { name: 'Tenants of Fleet Telemetry' }, SLOW);
    expect(screen.getByRole('heading', { level: 1, name: 'Fleet Telemetry' })).toBeVisible();
    expect(screen.getByText('Active version 3.1.0')).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Tenants' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('5 tenants · 1 tenant without access')).toBeVisible();
    const aurora = within(table).getByRole('row', { name: /^Aurora Wind Parks/ });
    expect(
      within(aurora)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Denied',
      'None',
      expect.stringMatching(/^No accessDenied provisioning to 3\.1\.0 on 2026-/),
    ]);
    const kestrel = within(table).getByRole('row', { name: /^Kestrel Logistics/ });
    expect(
      within(kestrel)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Provisioned', '3.1.0', 'Has access']);
    expect(screen.getByText(/requires app credentials: the next switch provisions/)).toBeVisible();
  });

  it('Settings: the active version’s roles; the registered version’s wait for its switch', async () => {
    renderDetail('sh-004', 'settings', (app) => <SettingsPanel app={app} />);

    const roles = await screen.findByRole('table', { name: 'Roles of version 5.0.0' }, SLOW);
    expect(
      within(roles)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['RECEPTION', 'HOST', 'SECURITY_ADMIN']);
    expect(screen.queryByText('COMPLIANCE_AUDITOR')).not.toBeInTheDocument();
    expect(
      screen.getByText('5.1.0’s role descriptions show here once a switch to it has succeeded.'),
    ).toBeVisible();
    const banner = screen.getByRole('region', { name: '5.1.0 is registered for test' });
    expect(banner).toHaveTextContent(
      '5.0.0 keeps serving users. Confirm Update on the Versions tab switches to 5.1.0.',
    );
    expect(within(banner).getByRole('link', { name: 'Go to Versions' })).toHaveAttribute(
      'href',
      '/my-applications/sh-004',
    );
  });
});
