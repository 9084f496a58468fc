import { expect, test } from '../fixtures';

// The browser's Back and Forward over dialogs that have their own URL: with something typed,
// Back asks "Discard your changes?" as Cancel does. Keep editing keeps it all, URL included;
// Discard leaves, and Forward then opens the dialog again, empty.

test.describe('Back over a dialog with unsaved input', () => {
  test('Manage access: Back asks; Keep editing keeps the choice; Forward after Discard is clean', async ({
    page,
    applicationDetail: detail,
    manageAccess: dialog,
    simulator,
    checkA11y,
    shot,
  }) => {
    await detail.goto('app-001', 'Access');
    await dialog.openButton.click();
    await dialog.expectEditing();
    await dialog.choose('Users', 'tom', 'Tom Fischer');
    await dialog.comment.fill('Tom helps at quarter-end');

    await page.goBack();
    await expect(dialog.discardDialog).toBeVisible();
    await expect(dialog.discardDialog).toContainText(
      'The changes you made to access to invoice-approvals will be lost. Nothing has been saved.',
    );
    await expect(page).toHaveURL(/\/applications\/app-001\/access\/manage$/);
    await checkA11y(page, { name: 'discard question over manage access' });
    await shot('discard question over manage access');

    await dialog.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.discardDialog).toBeHidden();
    await expect(page).toHaveURL(/\/applications\/app-001\/access\/manage$/);
    await expect(dialog.chosen('Users')).toHaveText(['Tom Fischer']);
    await expect(dialog.comment).toHaveValue('Tom helps at quarter-end');

    await page.goBack();
    await dialog.discardDialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog.dialog).toBeHidden();
    await expect(page).toHaveURL(/\/applications\/app-001\/access$/);
    expect((await simulator.state()).access['app-001']?.revision).toBe(1);

    await page.goForward();
    await dialog.expectEditing();
    await expect(dialog.chosen('Users')).toHaveCount(0);
    await expect(dialog.comment).toHaveValue('');
  });

  test('Publish: Back asks; Keep editing keeps what was typed; Discard leaves it unpublished', async ({
    page,
    templates,
    simulator,
    checkA11y,
  }) => {
    await templates.goto('tpl-spacetech-portal');
    await templates.publishLink.click();
    await templates.versionField.fill('1.1');
    await templates.notesField.fill('Adds Redis');

    await page.goBack();
    await expect(templates.discardDialog).toContainText(
      'The version and release notes you typed will be lost. Nothing has been published.',
    );
    await checkA11y(page, { name: 'discard question over publish' });
    await templates.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(templates.discardDialog).toBeHidden();
    await expect(page).toHaveURL(/\/templates\/tpl-spacetech-portal\/publish$/);
    await expect(templates.versionField).toHaveValue('1.1');
    await expect(templates.notesField).toHaveValue('Adds Redis');

    await page.goBack();
    await templates.discardDialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(templates.publishDialog).toBeHidden();
    await expect(page).toHaveURL(/\/templates\/tpl-spacetech-portal$/);

    await page.goForward();
    await expect(templates.versionField).toHaveValue('');
    await expect(templates.notesField).toHaveValue('');
    expect(JSON.stringify(await simulator.state())).not.toContain('Adds Redis');
  });

  test('Confirm Update: Back asks about the comment; Discard changes nothing', async ({
    page,
    selfHostedVersions: versions,
    simulator,
    checkA11y,
  }) => {
    await versions.goto('sh-004');
    const before = await simulator.state();
    await versions.action('5.1.0', 'Confirm Update').click();
    const confirm = versions.dialogNamed('Update to 5.1.0?');
    await versions.comment.fill('After the demo');

    await page.goBack();
    await expect(versions.discardDialog).toContainText(
      'The comment you typed will be lost. Nothing has been switched: 5.0.0 stays active.',
    );
    await checkA11y(page, { name: 'discard question over confirm update' });
    await versions.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(versions.discardDialog).toBeHidden();
    await expect(page).toHaveURL(/\/versions\/5\.1\.0\/confirm-update$/);
    await expect(versions.comment).toHaveValue('After the demo');

    await page.goBack();
    await versions.discardDialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(confirm).toBeHidden();
    await expect(page).toHaveURL(/\/my-applications\/sh-004$/);

    await page.goForward();
    await expect(confirm).toBeVisible();
    await expect(versions.comment).toHaveValue('');
    const after = await simulator.state();
    expect(after.operations).toEqual(before.operations);
    expect(after.selfHosted).toEqual(before.selfHosted);
  });
});
