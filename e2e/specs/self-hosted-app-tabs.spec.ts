import { expect, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';
import { fleetTelemetry, visitorManagement } from '../support/self-hosted-api';

test.describe('a self-hosted application page', () => {
  test('every tab opens by clicking, has its own URL, keeps the live state in view and passes axe', async ({
    page,
    shell,
    selfHostedApp: app,
    checkA11y,
    shot,
  }) => {
    await app.goto(visitorManagement.id);
    await shell.chooseTheme('Light');
    await expect(app.heading(visitorManagement.name)).toBeVisible();
    await expect(app.main.getByText('by Spacetech Apps')).toBeVisible();
    await expect(
      app.main.getByText('Front-desk check-in, badges and host notifications'),
    ).toBeVisible();
    await expect(app.activeVersion).toHaveText('Active version 5.0.0');
    await expect(app.updateAvailable).toHaveText('Update available → 5.1.0');

    const content = {
      Versions: app.panel,
      Tenants: app.tenantsTable(visitorManagement.name),
      Settings: app.rolesTable('5.0.0'),
      History: app.noHistory,
    } as const;
    for (const tab of ['Versions', 'Tenants', 'Settings', 'History'] as const) {
      await app.openTab(tab);
      const segment = tab === 'Versions' ? '' : `/${tab.toLowerCase()}`;
      await expect(page).toHaveURL(
        new RegExp(`/my-applications/${visitorManagement.id}${segment}$`),
      );
      await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(content[tab]).toBeVisible();
      // The registration is said on every tab, with a way to the Versions tab from the others.
      await expect(app.registrationBanner).toHaveAccessibleName('5.1.0 is registered for test');
      await expect(app.registrationBanner).toContainText(
        '5.0.0 keeps serving users. Confirm Update on the Versions tab switches to 5.1.0.',
      );
      await expect(
        app.registrationBanner.getByRole('link', { name: 'Go to Versions' }),
      ).toHaveCount(tab === 'Versions' ? 0 : 1);
      await shell.settled();
      await checkA11y(page, { name: `self-hosted application ${tab}` });
      await shot(`self-hosted application ${tab}`);
    }
    await expect(app.panel).toContainText(
      `Registrations to test, withdrawals and version switches of ${visitorManagement.name} will be listed here.`,
    );
    await expect(app.tenantRows(visitorManagement.name)).toHaveCount(0);

    await app.openTab('Tenants');
    await expect(app.tenantRows(visitorManagement.name)).toHaveCount(3);
    await expect(
      app.tenantRow(visitorManagement.name, 'Lumen Offices').getByRole('cell'),
    ).toHaveText(['Not required', '5.0.0', 'Has access']);
    await app.registrationBanner.getByRole('link', { name: 'Go to Versions' }).click();
    await expect(page).toHaveURL(new RegExp(`/my-applications/${visitorManagement.id}$`));
    await expect(app.tab('Versions')).toHaveAttribute('aria-selected', 'true');
  });

  test('passes axe in the dark theme (Tenants)', async ({
    page,
    shell,
    selfHostedApp: app,
    checkA11y,
    shot,
  }) => {
    await app.goto(fleetTelemetry.id, 'Tenants');
    await expect(app.tenantRows(fleetTelemetry.name)).toHaveCount(5);
    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shell.settled();
    await checkA11y(page, { name: 'self-hosted tenants, dark theme' });
    await shot('self-hosted tenants dark');
  });

  test.describe('an unknown application', () => {
    // The simulator answers 404, and Chromium logs that failed request.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('shows the "Page not found" screen on any tab', async ({ shell, selfHostedApp: app }) => {
      await app.goto('sh-999', 'Tenants');
      await expect(shell.heading('Page not found')).toBeVisible();
      await expect(app.tabs).toHaveCount(0);
      await expect(app.backLink).toHaveCount(0);
    });
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('neither the list nor any tab scrolls the page sideways', async ({
    page,
    myApplications: list,
    selfHostedApp: app,
    shot,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(6);
    // The Status column is folded under the name.
    await expect(list.columnHeader('Status')).toBeHidden();
    await expect(list.row(visitorManagement.name).getByRole('rowheader')).toContainText(
      '5.1.0 registered for test',
    );
    await expectNoSidewaysScroll(page, 'the list');
    await shot('my applications phone');

    for (const tab of ['Versions', 'Tenants', 'Settings', 'History'] as const) {
      await app.goto(fleetTelemetry.id, tab);
      await expect(app.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(app.heading(fleetTelemetry.name)).toBeVisible();
      if (tab === 'Tenants')
        await expect(app.tenantCard(fleetTelemetry.name, 'Kestrel Logistics')).toBeVisible();
      if (tab === 'Settings') await expect(app.rolesTable('3.1.0')).toBeVisible();
      await expectNoSidewaysScroll(page, `the ${tab} tab`);
    }
    // Tenants come as cards: what matters most (access) is seen without scrolling sideways.
    await app.goto(fleetTelemetry.id, 'Tenants');
    const aurora = app.tenantCard(fleetTelemetry.name, 'Aurora Wind Parks');
    await expect(aurora).toContainText('ProvisioningDenied');
    await expect(aurora).toContainText('No access');
    await expect(app.panel.getByRole('listitem')).toHaveCount(5);
    await expectNoSidewaysScroll(page, 'the Tenants cards');
    await shot('self-hosted tenants phone');
    const noAccess = aurora.getByText('No access', { exact: true });
    await noAccess.scrollIntoViewIfNeeded();
    await expect(noAccess).toBeInViewport({ ratio: 1 });
  });
});
