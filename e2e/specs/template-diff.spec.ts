import { readFile } from 'node:fs/promises';
import { expect, personas, test } from '../fixtures';

/** Version differences of a template: /templates/<id>/diff?from=&to=&view options. */
test.describe('version differences', () => {
  test('observability 1.9 → 1.10: field-level changes, whitespace option, masked secret, split and inline', async ({
    page,
    templateDiff: diff,
    shell,
    checkA11y,
    shot,
    simulator,
  }) => {
    await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=1.10');
    await expect(diff.filter('changed')).toContainText('3');
    await expect(diff.componentHeading('grafana')).toBeVisible();
    // Field by field: grafana's tag and its rotated secret, masked.
    await expect(diff.field('grafana', 'Image tag')).toContainText('10.2.0');
    await expect(diff.field('grafana', 'Image tag')).toContainText('11.0.0');
    const secret = diff.field('grafana', 'GF_SECURITY_ADMIN_PASSWORD');
    await expect(secret).toContainText('••••••••');
    await expect(secret).not.toContainText('gf-admin');
    // A whitespace-only change is listed until it is ignored.
    await expect(diff.componentHeading('prometheus')).toBeVisible();
    await expect(diff.field('prometheus', 'RETENTION')).toBeVisible();
    await checkA11y(page, { name: 'diff split' });
    await shot('template diff split');

    await diff.revealSecrets.click();
    await expect(diff.revealSecrets).toBeChecked();
    await expect(secret).toContainText('gf-admin-2023');
    await expect(secret).toContainText('gf-admin-2026-rotated');
    // Asked of the server, one audited read per version: the diff itself only holds the mask.
    const reads = (await simulator.state()).audit.filter(
      (e) => e.action === 'template.secrets.reveal',
    );
    expect(reads.map((e) => e.fields?.filter((f) => f.startsWith('GF_SECURITY')))).toEqual(
      expect.arrayContaining([
        ['GF_SECURITY_ADMIN_PASSWORD of grafana at 1.9'],
        ['GF_SECURITY_ADMIN_PASSWORD of grafana at 1.10'],
      ]),
    );
    await diff.revealSecrets.click();
    await expect(secret).not.toContainText('gf-admin');

    await diff.ignoreWhitespace.click();
    await expect(diff.ignoreWhitespace).toBeChecked();
    await expect(page).toHaveURL(/ws=ignore/);
    // Left: grafana, and prometheus's tag; gone: its padded RETENTION and alertmanager's re-indented probe.
    await expect(diff.filter('changed')).toContainText('2');
    await expect(diff.field('prometheus', 'Image tag')).toBeVisible();
    await expect(diff.field('prometheus', 'RETENTION')).toHaveCount(0);
    await expect(diff.componentHeading('alertmanager')).toHaveCount(0);
    await expect(diff.componentHeading('grafana')).toBeVisible();

    await diff.inline.click();
    await expect(page).toHaveURL(/view=inline/);
    await expect(diff.fields('grafana').getByRole('columnheader')).toHaveText([
      'Field',
      'Before → after',
    ]);
    await checkA11y(page, { name: 'diff inline' });
    await shot('template diff inline');

    await shell.chooseTheme('Dark');
    await checkA11y(page, { name: 'diff inline dark' });
    await shot('template diff inline dark');
  });

  test('unchanged components and fields are collapsed, with counts, and expand', async ({
    page,
    templateDiff: diff,
  }) => {
    await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=1.10');
    const group = diff.components.getByRole('button', { name: 'Show unchanged components' });
    await expect(diff.components).toContainText(/\d+ unchanged components collapsed/);
    await expect(diff.componentHeading('loki')).toHaveCount(0);
    await group.click();
    await expect(page).toHaveURL(/unchanged=show/);
    await expect(diff.componentHeading('loki')).toBeVisible();

    const grafanaMore = diff
      .component('grafana')
      .getByRole('button', { name: /unchanged fields of grafana$/ });
    await expect(grafanaMore).toHaveText(/Show \d+ unchanged fields/);
    await expect(diff.field('grafana', 'Image')).toHaveCount(0);
    await grafanaMore.click();
    await expect(diff.field('grafana', 'Image')).toContainText('grafana/grafana');
    await expect(page).toHaveURL(/expanded=grafana/);
  });

  test('large template 2.1 → 2.2: virtualised, keyboard next / previous reaches a change far down', async ({
    page,
    templateDiff: diff,
    checkA11y,
  }) => {
    await diff.gotoDiff('tpl-retail-platform', '?from=2.1&to=2.2');
    await expect(diff.filter('added')).toContainText('3');
    await expect(diff.filter('changed')).toContainText('67');
    await expect(diff.filter('removed')).toContainText('2');
    // Virtualised: far fewer rows in the page than the 72 changes.
    expect((await diff.renderedHeadings()).length).toBeLessThan(30);

    await page.keyboard.press('n');
    await expect(diff.announcement).toHaveText(/^Change 1 of 72: /);
    for (let i = 2; i <= 65; i += 1) await page.keyboard.press('j');
    await expect(diff.announcement).toHaveText(/^Change 65 of 72: [a-z0-9-]+, /);
    const name =
      (await diff.announcement.innerText()).replace(/^Change 65 of 72: /, '').split(',')[0] ?? '';
    await expect(diff.componentHeading(name)).toBeFocused();
    await expect(diff.componentHeading(name)).toBeInViewport();

    await page.keyboard.press('p');
    await expect(diff.announcement).toHaveText(/^Change 64 of 72: /);
    await diff.nextChange.click();
    await expect(diff.announcement).toHaveText(/^Change 65 of 72: /);
    await expect(diff.componentHeading(name)).toBeFocused();
    await checkA11y(page, { name: 'large diff' });
  });

  test('a shared URL reopens the same view for a product owner', async ({
    browser,
    templateDiff: diff,
    page,
  }) => {
    await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=1.10');
    await diff.inline.click();
    await diff.ignoreWhitespace.click();
    await expect(diff.ignoreWhitespace).toBeChecked();
    await diff.filter('changed').click();
    await expect(page).toHaveURL(/filter=changed/);
    const shared = page.url();

    const context = await browser.newContext();
    const other = await context.newPage();
    await other.addInitScript(
      (boot) => localStorage.setItem('upshift.simulator.boot', boot),
      JSON.stringify({ userId: personas.productOwner }),
    );
    await other.goto(shared);
    const view = new (diff.constructor as new (p: typeof other) => typeof diff)(other);
    await expect(view.inline).toHaveAttribute('aria-pressed', 'true');
    await expect(view.ignoreWhitespace).toBeChecked();
    await expect(view.filter('changed')).toHaveAttribute('aria-pressed', 'true');
    await expect(view.componentHeading('grafana')).toBeVisible();
    // Secrets stay masked for a product owner, with nothing to reveal them.
    await expect(view.field('grafana', 'GF_SECURITY_ADMIN_PASSWORD')).toContainText('••••••••');
    await expect(view.revealSecrets).toHaveCount(0);
    await expect(view.main).not.toContainText('gf-admin');
    await expect(view.componentHeading('alertmanager')).toHaveCount(0);
    await expect(view.field('prometheus', 'RETENTION')).toHaveCount(0);
    await expect(view.fields('grafana').getByRole('columnheader')).toHaveText([
      'Field',
      'Before → after',
    ]);
    await context.close();
  });

  test('Export as Markdown downloads a file with the summary', async ({
    page,
    templateDiff: diff,
  }) => {
    await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=1.10');
    await diff.exportButton.click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Download .md file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toContain('0 added · 3 changed · 0 removed');
    expect(text).toContain('## Changed: grafana');
    expect(text).not.toContain('gf-admin');
  });

  test.describe('bad parameters', () => {
    test.use({ allowedConsoleErrors: [/status of (400|404)/] });
    test('an unknown version is explained, not a crash', async ({ templateDiff: diff }) => {
      await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=9.9');
      await expect(diff.main.getByRole('alert')).toContainText('Version not found');
      await expect(diff.main.getByRole('alert')).toContainText('Pick published versions above');
      await expect(diff.main.getByRole('combobox', { name: 'From version' })).toBeVisible();
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('390 px: inline forced, no sideways scroll', async ({
      page,
      templateDiff: diff,
      checkA11y,
      shot,
    }) => {
      await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=1.10&view=split');
      await expect(diff.sideBySide).toBeDisabled();
      await expect(diff.fields('grafana').getByRole('columnheader')).toHaveText([
        'Field',
        'Before → after',
      ]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await checkA11y(page, { name: 'diff 390' });
      await shot('template diff 390');
    });
  });
});
