/**
 * Bad input stays text: hostile strings typed into every free-text field of the console, as a
 * person would type or paste them. Nothing runs (no dialog, no `window.__xss`, no element born
 * from a payload), nothing is rendered as HTML (echoes are literal text), nothing throws (the
 * fixtures' console guard), a limit is said where it applies, and long text wraps.
 *
 * Fields covered here:
 *   list searches   Applications (and its typed Application version filter), My Applications,
 *                   Templates, Installed applications (the Inbox has no search)
 *   upgrade wizard  access pickers (directory search), connector name, image URL, variables
 *                   JSON, review comment
 * Manage access, Confirm Update, Publish, upgrade details and rollback: bad-input-forms.spec.ts.
 * URL parameters (query strings, route params, wizard steps): bad-input-params.spec.ts.
 * The simulator controls panel is not part of the product and is left out.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  InjectionGuard,
  long,
  refusedRequests,
  rtl,
  withZeroWidth,
  xss,
  xssPayloads,
} from '../support/bad-input';
import { expectNoSidewaysScroll } from '../support/layout';
import { FAST } from '../support/simulator';
import { SEED_EMAIL_JSON } from '../support/upgrade-api';

test.use({ allowedConsoleErrors: [refusedRequests] });

const lists = [
  { path: '/applications', search: 'Search applications', known: 'claims-intake' },
  { path: '/my-applications', search: 'Search my applications', known: 'Fleet Telemetry' },
  { path: '/templates', search: 'Search templates', known: 'observability-stack' },
  {
    path: '/installed-applications',
    search: 'Search installed applications',
    known: 'observability-prod',
  },
];

/** Replaces an editor's text without reading it back: CodeMirror draws only part of a long line. */
async function typeVariables(page: Page, editor: Locator, text: string) {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The search the list applied, read from its URL. */
const appliedSearch = (page: Page) => new URL(page.url()).searchParams.get('q');

async function searchFor(box: Locator, text: string) {
  await box.fill(text);
  await box.press('Enter');
}

test.describe('bad input stays text: list searches', () => {
  for (const list of lists) {
    test(`${list.path}: markup, RTL, zero-width and 10,000 characters in the search`, async ({
      page,
      checkA11y,
    }) => {
      const guard = await InjectionGuard.install(page);
      await page.goto(list.path);
      const box = page.getByRole('searchbox', { name: list.search });

      for (const payload of [...xssPayloads, rtl]) {
        await searchFor(box, payload);
        await expect.poll(() => appliedSearch(page)).toBe(payload.trim());
        await expect(box).toHaveValue(payload);
        await expect(page.getByRole('main')).toContainText(/match/);
      }
      await guard.expectNothingRan(`${list.path} searches`);

      // Pasted from a document with invisible characters, the name still finds its row.
      await searchFor(box, withZeroWidth(list.known));
      await expect.poll(() => appliedSearch(page)).toBe(list.known);
      await expect(page.getByRole('main').getByRole('table')).toContainText(list.known);

      // 10,000 characters: kept in the field, refused with the limit, the last search stays.
      await searchFor(box, long());
      await expect(box).toHaveAccessibleDescription(
        'Keep the search to 100 characters or fewer (10,000 typed).',
      );
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(box).toHaveValue(long());
      expect(appliedSearch(page)).toBe(list.known);
      await expect(page.getByRole('main').getByRole('table')).toContainText(list.known);
      await expectNoSidewaysScroll(page, `${list.path} with a 10,000-character search`);
      if (list.path === '/applications') {
        await checkA11y(page, { name: 'search over its limit' });
        const version = page.getByRole('textbox', { name: 'Application version' });
        for (const payload of [xss.img, xss.jsUrl, rtl]) {
          await version.fill(payload);
          await version.press('Enter');
          await expect(version).toHaveAccessibleDescription('Enter a whole number, 1 or more');
        }
        // Every digit is kept and the limit said; nothing is cut and applied silently.
        await version.fill(long('3'));
        await version.press('Enter');
        await expect(version).toHaveValue(long('3'));
        await expect(version).toHaveAccessibleDescription('Enter a version of at most 9 digits');
        await expect
          .poll(() => new URL(page.url()).searchParams.get('applicationVersion'))
          .toBe(null);
        await version.fill('');
      }

      await searchFor(box, long('y', 100));
      await expect.poll(() => appliedSearch(page)).toBe(long('y', 100));
      await expect(box).not.toHaveAttribute('aria-invalid', 'true');
      await guard.expectNothingRan(`${list.path} after every search`);
    });
  }
});

test.describe('bad input stays text: the upgrade wizard', () => {
  test('access search, connector name, image URL, variables and comment keep hostile text as text', async ({
    page,
    upgradeWizard: wizard,
    applicationDetail: detail,
    simulator,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    const guard = await InjectionGuard.install(page);
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');

    const picker = wizard.picker('Admin users');
    for (const payload of [...xssPayloads, rtl]) {
      await picker.fill(payload);
      await expect(page.getByText('No options', { exact: true })).toBeVisible();
      await expect(page.getByRole('listbox')).toHaveCount(0);
    }
    await picker.fill(long());
    await expect(
      page.getByText('Keep the search to 100 characters or fewer (10,000 typed).').first(),
    ).toBeVisible();
    await picker.fill('');
    await guard.expectNothingRan('the access pickers');
    await wizard.nextButton.click();
    await wizard.expectStep('Configure connectors');

    // The custom connector's name is its card's title and its fields' labels: typed markup is text.
    let name = wizard.field('Name of erp-connector');
    for (const payload of xssPayloads) {
      await name.fill(payload);
      name = wizard.field(`Name of ${payload}`);
      await expect(wizard.main.getByRole('heading', { level: 3, name: payload })).toHaveText(
        payload,
      );
      await expect(name).toHaveAccessibleDescription(
        'Use 2–63 lowercase letters, digits and hyphens, starting with a letter.',
      );
    }
    await name.fill(long('a'));
    name = wizard.field(`Name of ${long('a')}`);
    await expect(name).toHaveAccessibleDescription(
      'Use 2–63 lowercase letters, digits and hyphens, starting with a letter.',
    );
    await expectNoSidewaysScroll(page, 'a connector card named with 10,000 characters');
    await name.fill('erp-connector');
    const image = wizard.field('Image of erp-connector');
    for (const payload of [xss.jsUrl, xss.img, long('a')]) {
      await image.fill(payload);
      await expect(image).toHaveAccessibleDescription(
        'Give an image URL such as registry.example.com/team/connector:1.2.0.',
      );
    }
    // Fits the UI's pattern but not the contract's 255 characters: the server says so.
    const hugeImage = `registry.example.com/team/${long('a', 300)}:1.0`;
    await image.fill(hugeImage);

    // Variables: markup is a value like any other; more than 64 KiB is refused at the editor.
    await typeVariables(
      page,
      wizard.variables('erp-connector'),
      JSON.stringify({ BIG: long('v', 70_000) }),
    );
    await expect(wizard.variablesHelp('erp-connector')).toHaveText(
      "The variables take 68.4 KiB as JSON; a connector's variables can take at most 64 KiB.",
    );
    const values = { NOTE: xss.img, LINK: xss.jsUrl, SVG: xss.svg, RTL: rtl };
    await wizard.setVariables('erp-connector', JSON.stringify(values));
    await wizard.setVariables('email-connector', SEED_EMAIL_JSON);
    await guard.expectNothingRan('the connectors step');
    await wizard.nextButton.click();
    await wizard.expectStep('Review the upgrade');
    const connectors = wizard.region('Connectors');
    await expect(connectors).toContainText(`NOTE: (none) → ${xss.img}`);
    await expect(connectors).toContainText(`LINK: (none) → ${xss.jsUrl}`);
    await expectNoSidewaysScroll(page, 'the review of a 300-character image URL');

    await wizard.comment.fill(long());
    await expect(wizard.comment).toHaveAccessibleDescription(
      /Keep the comment to 500 characters or fewer\./,
    );
    const comment = `${xss.script} ${xss.alert} ${rtl}`;
    await wizard.comment.fill(comment);
    await wizard.upgradeButton.click();

    // The server holds the image to the contract's limit and names the field; nothing is lost.
    const refusal = wizard.alert('The upgrade was refused');
    await expect(refusal).toContainText('Keep the image URL to 255 characters or fewer.');
    await expect(wizard.comment).toHaveValue(comment);
    await refusal.getByRole('button', { name: 'Fix it in Connectors' }).click();
    await wizard.expectStep('Configure connectors');
    await expect(image).toHaveValue(hugeImage);
    await expect(image).toHaveAccessibleDescription(
      'Keep the image URL to 255 characters or fewer.',
    );
    await image.fill('registry.example.com/team/erp-connector:1.2.0');
    await wizard.nextButton.click();
    await wizard.expectStep('Review the upgrade');
    await expect(wizard.comment).toHaveValue(comment);
    await wizard.upgradeButton.click();
    await expect(wizard.main.getByRole('link', { name: 'Back to invoice-approvals' })).toBeVisible({
      timeout: 15_000,
    });

    // Echoed in the History tab and the Connectors tab as the literal text that was typed.
    await detail.goto('app-001', 'History');
    await expect(detail.latestHistoryEntry('invoice-approvals')).toContainText(comment);
    await guard.expectNothingRan('the History tab');
    await shot('history with hostile comment');
    await detail.goto('app-001', 'Connectors');
    await expect(detail.variables('erp-connector')).toContainText(xss.img);
    await expect(detail.variables('erp-connector')).toContainText(xss.jsUrl);
    await expectNoSidewaysScroll(page, 'the Connectors tab');
    await guard.expectNothingRan('the Connectors tab');
  });
});
