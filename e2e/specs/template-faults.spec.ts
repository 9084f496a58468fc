import { expect, test } from '../fixtures';

/**
 * Template upgrade pages when the server fails: offline, or an answer that breaks the contract.
 * Every failed panel offers Retry, and one Retry brings back everything the page needs.
 */
const offline = 'The server could not be reached';
const malformed = 'The server sent data the console does not understand';
/** A network failure is retried once (src/lib/query-client.ts) before the page says so. */
const afterRetries = { timeout: 10_000 };

test.describe('template upgrades when the server fails', () => {
  // One pattern only: Playwright reads a two-element array option as a [value, options] tuple.
  test.use({ allowedConsoleErrors: [/net::ERR_FAILED|FetchEvent|Failed to fetch/] });

  test('upgrade details opened offline recover with one Retry; a malformed diff offers Retry', async ({
    page,
    installed,
    templateDiff: diff,
    simulator,
    checkA11y,
    shot,
  }) => {
    await installed.goto('ia-002');
    await simulator.setScenario({ offline: true });
    await installed.reviewChanges.click();
    await expect(page).toHaveURL(/\/installed-applications\/ia-002\/upgrade\?to=1\.12$/);
    await expect(diff.retry(offline)).toBeVisible(afterRetries);
    await expect(diff.upgradeButton).toHaveCount(0);
    await checkA11y(page, { name: 'upgrade details offline' });
    await shot('upgrade details offline');

    await simulator.clearScenario();
    await diff.retry(offline).click();
    await expect(diff.filter('changed')).toContainText('6');
    await expect(diff.upgradeButton).toBeEnabled();
    await expect(diff.problem(offline)).toHaveCount(0);

    // Another diff (ignoring whitespace) answered with a body that breaks the contract.
    await simulator.setScenario({ malformedEndpointId: 'getTemplateUpgradeDiff' });
    await diff.ignoreWhitespace.click();
    await expect(diff.retry(malformed)).toBeVisible();
    await simulator.clearScenario();
    await diff.retry(malformed).click();
    await expect(diff.problem(malformed)).toHaveCount(0);
    await expect(diff.filter('changed')).toBeVisible();
    await expect(diff.upgradeButton).toBeEnabled();
    await expect(page).toHaveURL(/ws=ignore/);
  });

  test('version differences: a malformed diff offers Retry and recovers', async ({
    page,
    templateDiff: diff,
    simulator,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ scenario: { malformedEndpointId: 'getTemplateDiff' } });
    await diff.gotoDiff('tpl-team-wiki', '?from=1.0&to=1.1');
    await expect(diff.retry(malformed)).toBeVisible();
    await checkA11y(page, { name: 'version differences malformed' });

    await simulator.clearScenario();
    await diff.retry(malformed).click();
    await expect(diff.filter('added')).toContainText('1');
    await expect(diff.componentHeading('search')).toBeVisible();
    await expect(diff.problem(malformed)).toHaveCount(0);
  });
});
