import { screen } from '@testing-library/react';
import { createElement } from 'react';
import { renderWithProviders } from '@/testing/render';
import { api, registered } from '@/testing/self-hosted-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';
import { TenantDenyControl } from './tenant-deny-control';

const kestrel = () =>
  simulator.db.selfHosted.find((a) => a.id === 'sh-003')?.tenants.find((t) => t.id === 't-kestrel');

describe('simulator controls: act as a tenant', () => {
  it('presses Deny for a tenant whose provisioning e-mail is open', async () => {
    const clock = simulatedClock();
    await registered('sh-003', '3.2.0', clock);
    await api.switchTo('sh-003', { version: '3.2.0', direction: 'update' });
    const { user } = renderWithProviders(createElement(TenantDenyControl));
    const deny = screen.getByRole('button', { name: 'Press Deny in the e-mail' });
    expect(deny).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: 'Act as a tenant' }));
    await user.click(
      screen.getByRole('option', {
        name: 'Fleet Telemetry — Kestrel Logistics (e-mail open for 3.2.0)',
      }),
    );
    await user.click(deny);
    expect(screen.getByText('Kestrel Logistics pressed Deny.')).toBeVisible();
    expect(kestrel()).toMatchObject({ provisioning: 'denied', version: null });
  });

  it('presets a denial for the next e-mail', async () => {
    const { user } = renderWithProviders(createElement(TenantDenyControl));
    await user.click(screen.getByRole('combobox', { name: 'Act as a tenant' }));
    await user.click(
      screen.getByRole('option', { name: 'Fleet Telemetry — Kestrel Logistics (provisioned)' }),
    );
    expect(screen.getByRole('button', { name: 'Press Deny in the e-mail' })).toBeDisabled();
    await user.click(screen.getByRole('switch', { name: 'Deny the next provisioning e-mail' }));
    expect(kestrel()?.deniesNextProvisioning).toBe(true);
  });
});
