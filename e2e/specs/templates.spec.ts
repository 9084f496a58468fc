import { expect, personas, test } from '../fixtures';
import { expectNoSidewaysScroll } from '../support/layout';
import { postWork } from '../support/operations-api';
import { FAST } from '../support/simulator';

test.describe('templates', () => {
  test('the list: search and sort live in the URL; unpublished changes are marked', async ({
    page,
    templates,
    checkA11y,
    shot,
  }) => {
    await templates.gotoList();
    const portal = templates.row('spacetech-portal');
    await expect(portal).toContainText('1.0');
    await expect(portal).toContainText('Unpublished changes');
    await expect(templates.row('observability-stack')).toContainText('1.12');
    await expect(templates.row('observability-stack')).toContainText('Published');
    await checkA11y(page, { name: 'templates list' });
    await shot('templates list');

    await templates.table.getByRole('button', { name: 'Latest version' }).click();
    await expect(page).toHaveURL(/\/templates\?sort=latestVersion&order=desc$/);
    await expect(
      templates.table.getByRole('button', { name: 'Latest version, sorted descending' }),
    ).toBeVisible();
    await templates.search.fill('portal');
    await expect(page).toHaveURL(/q=portal/);
    await expect.poll(() => templates.names()).toEqual(['spacetech-portal']);

    // The state survives a reload: it lives in the URL only.
    await page.reload();
    await expect(templates.search).toHaveValue('portal');
    await expect.poll(() => templates.names()).toEqual(['spacetech-portal']);
  });

  test('an administrator publishes spacetech-portal 1.1: a lower or equal version is refused with the latest named', async ({
    page,
    templates,
    installed,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await templates.goto('tpl-spacetech-portal');
    await expect(page.getByRole('heading', { level: 1, name: 'spacetech-portal' })).toBeVisible();
    await expect(templates.unpublishedChanges).toContainText('redis added');
    await expect(templates.unpublishedChanges).toContainText('web changed');
    expect(await templates.releaseVersions()).toEqual(['1.0']);
    await expect(templates.release('1.0')).toContainText('Alex Morgan');
    await checkA11y(page, { name: 'template detail' });
    await shot('template detail');

    await templates.publishLink.click();
    await expect(page).toHaveURL(/\/templates\/tpl-spacetech-portal\/publish$/);
    await expect(templates.publishDialog).toBeVisible();
    await checkA11y(page, { name: 'publish dialog' });
    await shot('publish dialog');

    for (const lower of ['1.0', '0.9', '1.0.0']) {
      await templates.fillAndPublish(lower, 'Adds Redis');
      await expect(templates.versionField).toHaveAccessibleDescription(
        new RegExp(
          `${lower.replace(/\./g, '\\.')} is not greater than the latest version, 1\\.0\\.`,
        ),
      );
      await expect(templates.versionField).toBeFocused();
    }
    await shot('publish dialog, version refused');
    await checkA11y(page, { name: 'publish dialog, version refused' });

    await templates.fillAndPublish('1.1', 'Adds Redis as a cache; web talks to it');
    await expect(templates.publishDialog).toContainText('spacetech-portal 1.1 is published', {
      timeout: 15_000,
    });
    await shot('publish dialog, published');
    await templates.publishDialog.getByRole('button', { name: 'Close' }).click();
    await expect(templates.publishDialog).toBeHidden();
    await expect(page).toHaveURL(/\/templates\/tpl-spacetech-portal$/);
    await expect.poll(() => templates.releaseVersions()).toEqual(['1.1', '1.0']);
    await expect(templates.release('1.1')).toContainText('Adds Redis as a cache; web talks to it');
    await expect(templates.unpublishedChanges).toHaveCount(0);
    await expect(
      templates.release('1.1').getByRole('link', { name: 'Compare 1.0 with 1.1' }),
    ).toHaveAttribute('href', '/templates/tpl-spacetech-portal/diff?from=1.0&to=1.1');

    // What the backend stored: the release record, by the administrator.
    const state = JSON.stringify(await simulator.state());
    expect(state).toContain('Adds Redis as a cache; web talks to it');

    // The installed 1.0 copy now offers 1.1, in the list and on its page.
    await installed.gotoList();
    await expect(installed.row('spacetech-portal-copy')).toContainText('1.1 available');
    await installed.row('spacetech-portal-copy').getByRole('link').click();
    await expect(page).toHaveURL(/\/installed-applications\/ia-001$/);
    await expect(installed.main).toContainText('1.1 available');
    await expect(installed.targets.getByRole('radio', { name: '1.1 (latest)' })).toBeChecked();
    await expect(installed.reviewChanges).toHaveAttribute(
      'href',
      '/installed-applications/ia-001/upgrade?to=1.1',
    );
    await shot('installed application offers 1.1');
  });
});

test.describe('templates: a refused publish', () => {
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('a publish that raced another one is refused (409) keeping what was typed', async ({
    page,
    templates,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await page.goto('/templates/tpl-spacetech-portal/publish');
    await expect(templates.publishDialog).toBeVisible();
    await templates.versionField.fill('1.1');
    await templates.notesField.fill('Mine');
    // Someone else publishes 1.1 meanwhile (another tab).
    const other = await postWork(
      simulator,
      '/templates/tpl-spacetech-portal/versions',
      { revision: 1, version: '1.1', notes: 'Theirs' },
      'other-tab-publish',
    );
    expect(other.status).toBe(202);
    await templates.publishButton.click();
    await expect(templates.publishDialog.getByRole('alert')).toContainText(
      /is being published|Someone else changed this template/,
    );
    await expect(templates.versionField).toHaveValue('1.1');
    await expect(templates.notesField).toHaveValue('Mine');
  });
});

test.describe('templates: more', () => {
  test('versions order number by number: 1.10 follows 1.9 on observability-stack', async ({
    page,
    templates,
  }) => {
    await templates.goto('tpl-observability-stack');
    const versions = await templates.releaseVersions();
    expect(versions.slice(0, 5)).toEqual(['1.12', '1.11', '1.10', '1.9', '1.8']);
    expect(versions.at(-1)).toBe('1.0');
    await expect(
      templates.release('1.10').getByRole('link', { name: 'Compare 1.9 with 1.10' }),
    ).toHaveAttribute('href', '/templates/tpl-observability-stack/diff?from=1.9&to=1.10');

    await page.getByRole('combobox', { name: 'From version' }).click();
    await page.getByRole('option', { name: '1.9', exact: true }).click();
    await page.getByRole('combobox', { name: 'To version' }).click();
    await page.getByRole('option', { name: '1.10', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Compare 1.9 → 1.10' })).toHaveAttribute(
      'href',
      '/templates/tpl-observability-stack/diff?from=1.9&to=1.10',
    );

    await templates.publishLink.click();
    await templates.fillAndPublish('1.9', '');
    await expect(templates.versionField).toHaveAccessibleDescription(
      /1\.9 is not greater than the latest version, 1\.12\. Give a greater version, such as 1\.13\./,
    );
  });
});

test.describe('templates: read-only people', () => {
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('a product owner sees no Publish; a deep link says why; the API answers 403', async ({
    page,
    templates,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ userId: personas.productOwner });
    await templates.goto('tpl-spacetech-portal');
    await expect(templates.unpublishedChanges).toContainText('redis added');
    await expect(templates.publishLink).toHaveCount(0);

    await page.goto('/templates/tpl-spacetech-portal/publish');
    await expect(templates.publishDialog).toContainText(
      "You can't publish versions of spacetech-portal: publishing needs the Administrator role.",
    );
    await expect(templates.versionField).toHaveCount(0);
    await checkA11y(page, { name: 'publish dialog, product owner' });
    await shot('publish dialog, product owner');

    const answer = await postWork(
      simulator,
      '/templates/tpl-spacetech-portal/versions',
      { revision: 1, version: '1.1', notes: '' },
      'po-publish',
    );
    expect(answer.status).toBe(403);
  });
});

test.describe('templates: narrow screens', () => {
  test('390 px: the list and a template page fit without sideways scroll', async ({
    page,
    templates,
    shot,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await templates.gotoList();
    await expectNoSidewaysScroll(page, 'the templates list at 390 px');
    await shot('templates list 390');
    await templates.goto('tpl-observability-stack');
    await expectNoSidewaysScroll(page, 'a template page at 390 px');
    await shot('template detail 390');
  });
});

test.describe('templates: dark theme', () => {
  test('the template page and the publish dialog pass axe in the dark theme', async ({
    page,
    shell,
    templates,
    checkA11y,
    shot,
  }) => {
    await templates.goto('tpl-spacetech-portal');
    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shell.settled();
    await checkA11y(page, { name: 'template detail, dark theme' });
    await shot('template detail dark');
    await templates.publishLink.click();
    await templates.fillAndPublish('1.0', '');
    await expect(templates.versionField).toHaveAttribute('aria-invalid', 'true');
    await checkA11y(page, { name: 'publish dialog, dark theme' });
    await shot('publish dialog dark');
  });
});
