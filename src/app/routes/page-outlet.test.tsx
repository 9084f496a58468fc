import { screen } from '@testing-library/react';
import { renderConsole } from '@/testing/render-console';
import { routes } from '../router';

const SLOW = { timeout: 8000 };

describe('a page that is not a list', () => {
  it('counts as painted once it renders: the app bar’s controls follow at once', async () => {
    renderConsole(routes, '/installed-applications/ia-002/upgrades/upg-seed-02');
    await screen.findByRole('heading', { level: 1, name: 'Upgrade 1.8 → 1.9' }, SLOW);
    // Well before the 3 s a page that never says so is given.
    const soon = { timeout: 1500 };
    const banner = screen.getByRole('banner');
    expect(await screen.findByRole('button', { name: 'Theme' }, soon)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Account:/ }, soon)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Inbox/ }, soon)).toBeInTheDocument();
    expect(banner).toContainElement(screen.getByRole('button', { name: 'Theme' }));
  });
});
