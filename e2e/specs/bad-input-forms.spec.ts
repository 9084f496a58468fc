/**
 * Bad input stays text, in the console's forms (the list searches and the upgrade wizard are in
 * bad-input.spec.ts, URL parameters in bad-input-params.spec.ts). Fields covered here:
 *   Manage access    directory search of the four pickers, comment
 *   My Applications  Confirm Update comment (Register to Test has no free text)
 *   Templates        Publish a new version: version, release notes
 *   Installed        upgrade details' comment, rollback comment
 * Each journey types markup, RTL and 10,000 characters, checks the limit is said at the field,
 * saves a hostile value and finds it echoed as literal text where the console shows it again.
 */
import { expect, test } from '../fixtures';
import { InjectionGuard, long, refusedRequests, rtl, xss, xssPayloads } from '../support/bad-input';
import { expectNoSidewaysScroll } from '../support/layout';
import { FAST } from '../support/simulator';

test.use({ allowedConsoleErrors: [refusedRequests] });

const COMMENT_LIMIT = /Keep the comment to 500 characters or fewer\./;
/** Every payload and a 300-character word at once, under the comment's 500 characters. */
const hostileComment = `${xss.script} ${xss.alert} ${xss.svg} ${rtl} ${long('w', 300)}`;

test.describe('bad input stays text: forms', () => {
  test.use({ operationSpeed: FAST.operationSpeed });

  test('Manage access: directory search and comment', async ({
    page,
    applicationDetail: detail,
    manageAccess: dialog,
  }) => {
    const guard = await InjectionGuard.install(page);
    await dialog.goto('app-001');
    await dialog.expectEditing();
    for (const picker of ['Admin users', 'Admin groups', 'Users', 'User groups'] as const) {
      for (const payload of [...xssPayloads, rtl]) {
        await dialog.picker(picker).fill(payload);
        await expect(page.getByText('No options', { exact: true })).toBeVisible();
      }
      // Over the directory's limit the search is said at the picker, not sent and refused.
      await dialog.picker(picker).fill(long());
      await expect(dialog.picker(picker)).toHaveAccessibleDescription(
        /Keep the search to 100 characters or fewer \(10,000 typed\)\./,
      );
      await dialog.picker(picker).fill('');
    }
    await guard.expectNothingRan('the access pickers');

    await dialog.choose('Users', 'ken', 'Ken Watanabe');
    await dialog.comment.fill(long());
    await expect(dialog.comment).toHaveAccessibleDescription(COMMENT_LIMIT);
    await expectNoSidewaysScroll(page, 'Manage access with a 10,000-character comment');
    await dialog.comment.fill(hostileComment);
    await dialog.saveButton.click();
    await expect(dialog.dialog).toBeHidden();

    await detail.goto('app-001', 'History');
    await expect(detail.latestHistoryEntry('invoice-approvals')).toContainText(hostileComment);
    // Isolated, so its right-to-left override cannot reorder the text around it.
    await expect(detail.latestHistoryEntry('invoice-approvals').locator('bdi')).toHaveText(
      hostileComment,
    );
    await expectNoSidewaysScroll(page, 'a 300-character word in a History comment');
    await guard.expectNothingRan('the History tab');
  });

  test('Confirm Update: the comment', async ({
    page,
    selfHostedVersions: versions,
    selfHostedApp: app,
  }) => {
    const guard = await InjectionGuard.install(page);
    await versions.goto('sh-004');
    await versions.action('5.1.0', 'Confirm Update').click();
    const confirm = versions.dialogNamed('Update to 5.1.0?');
    await versions.comment.fill(long());
    await expect(versions.comment).toHaveAccessibleDescription(COMMENT_LIMIT);
    await expectNoSidewaysScroll(page, 'Confirm Update with a 10,000-character comment');
    await versions.comment.fill(hostileComment);
    await versions.yesButton.click();
    await expect(confirm).toBeHidden();
    await versions.watchUntil('5.1.0', 'Active');

    await app.goto('sh-004', 'History');
    await expect(app.historyEntries('Visitor Management').first()).toContainText(hostileComment);
    await expect(app.historyEntries('Visitor Management').first().locator('bdi')).toHaveText(
      hostileComment,
    );
    await expectNoSidewaysScroll(page, 'a 300-character word in a self-hosted History comment');
    await guard.expectNothingRan('the self-hosted History tab');
  });

  test('Publish a new version: version number and release notes', async ({
    page,
    templates,
    checkA11y,
    shot,
  }) => {
    const guard = await InjectionGuard.install(page);
    await templates.goto('tpl-spacetech-portal');
    await templates.publishLink.click();
    for (const version of [...xssPayloads, rtl, long('9')]) {
      await templates.fillAndPublish(version, 'notes');
      await expect(templates.versionField).toHaveAccessibleDescription(
        'Give a version such as 1.1 or 1.10: numbers separated by dots',
      );
    }
    await templates.fillAndPublish('1.1', long());
    await expect(templates.notesField).toHaveAccessibleDescription(
      'Keep the notes under 2,000 characters.',
    );
    await expectNoSidewaysScroll(page, 'the publish dialog with 10,000-character notes');
    await checkA11y(page, { name: 'publish dialog, notes over their limit' });
    await guard.expectNothingRan('the publish dialog');

    const notes = `${xss.img}\n${xss.jsUrl}\n${rtl}\n${long('n', 1_900)}`;
    await templates.fillAndPublish('1.1', notes);
    await expect(templates.publishDialog).toContainText('spacetech-portal 1.1 is published', {
      timeout: 15_000,
    });
    await templates.publishDialog.getByRole('button', { name: 'Close' }).click();
    await expect(templates.release('1.1')).toContainText(xss.img);
    await expect(templates.release('1.1')).toContainText(xss.jsUrl);
    await expectNoSidewaysScroll(page, 'the release records');
    await guard.expectNothingRan('the release records');
    await shot('release record with hostile notes');
  });

  test('Installed applications: the rollback and the upgrade comments', async ({
    page,
    templateRollback: rollback,
    templateDiff: diff,
  }) => {
    const guard = await InjectionGuard.install(page);
    await rollback.goto('ia-002', 'upg-seed-02');
    await rollback.comment.fill(long());
    await expect(rollback.comment).toHaveAccessibleDescription(COMMENT_LIMIT);
    await expectNoSidewaysScroll(page, 'the rollback with a 10,000-character comment');
    await rollback.rollBack(hostileComment);
    await expect(rollback.progress).toHaveAccessibleName('Rolled back', { timeout: 20_000 });
    await rollback.recordLink.click();
    await expect(page.getByRole('main')).toContainText(hostileComment);
    await expectNoSidewaysScroll(page, 'the rolled back record');
    await guard.expectNothingRan('the rolled back record');

    await diff.gotoUpgrade('ia-002', '?to=1.12');
    await diff.comment.fill(long());
    await expect(diff.comment).toHaveAccessibleDescription(COMMENT_LIMIT);
    await expectNoSidewaysScroll(page, 'upgrade details with a 10,000-character comment');
    await diff.comment.fill(hostileComment);
    await diff.upgradeButton.click();
    await diff.confirmDialog.getByRole('button', { name: 'Upgrade' }).click();
    const record = diff.main.getByRole('link', { name: 'Open the upgrade record' });
    await expect(record).toBeVisible({ timeout: 20_000 });
    await record.click();
    await expect(page.getByRole('main')).toContainText(hostileComment);
    await expectNoSidewaysScroll(page, 'the upgrade record');
    await guard.expectNothingRan('the upgrade record');
  });
});
