import { expect, personas, test } from '../fixtures';
import { httpStatus, postReadinessCheck } from '../support/failures';
import { FAST } from '../support/simulator';

test.describe('upgrade readiness check', () => {
  test.use({ operationSpeed: FAST.operationSpeed });

  test('a Helm-deployed application is "Not upgradable", with the reason', async ({
    page,
    applicationsList: list,
    readinessCheck: check,
    simulator,
  }) => {
    await list.goto();
    await list.readinessLink('invoice-approvals-helm').click();
    await expect(check.dialogFor('invoice-approvals-helm')).toBeVisible();
    // The dialog has its own history entry: Back closes it, Forward reopens it.
    await page.goBack();
    await expect(check.dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/applications$/);
    await page.goForward();
    await expect(check.dialogFor('invoice-approvals-helm')).toBeVisible();
    await check.runButton.click();

    await expect(check.notUpgradableAlert).toContainText(
      'Deployed with Helm: only applications deployed by the deployment service can be upgraded.',
    );
    await expect(check.readyAlert).toHaveCount(0);
    await expect(check.progress).toHaveAccessibleName('Upgrade readiness check: Finished, 100%');
    const [operation] = (await simulator.state()).operations;
    expect(operation).toMatchObject({
      resource: { id: 'app-003', name: 'invoice-approvals-helm' },
      result: { upgradable: false },
    });

    await check.doneButton.click();
    await expect(page).toHaveURL(/\/applications$/);
  });

  test('a double click on "Run check" starts one check', async ({
    page,
    applicationsList: list,
    readinessCheck: check,
    simulator,
  }) => {
    await list.goto();
    await list.readinessLink('invoice-approvals').click();
    await expect(check.dialogFor('invoice-approvals')).toBeVisible();

    await check.runButton.dblclick();
    await expect(page).toHaveURL(/[?&]operation=op-\d+/);
    await expect(check.readyAlert).toBeVisible();
    const state = await simulator.state();
    expect(state.operations).toHaveLength(1);
    expect(state.audit.filter((e) => e.outcome === 'started')).toHaveLength(1);
    expect(state.operations[0]?.id).toBe(check.operationIdInUrl());
  });

  test('an operator can run the check', async ({
    applicationsList: list,
    readinessCheck: check,
    shell,
    simulator,
  }) => {
    await simulator.bootSimulator({ userId: personas.operator });
    await list.goto();
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
    await list.readinessLink('claims-intake').click();
    await expect(check.dialogFor('claims-intake')).toBeVisible();
    await check.runButton.click();

    // claims-intake: project v5 of Insurance Claims (1, 3, 5, 6, 9), application v3.
    await expect(check.readyAlert).toContainText('Released project versions above 5: 6, 9.');
    await expect(check.readyAlert).toContainText('application version 4');
    await expect(check.log).toContainText('Queued by Olivia Park');
    const [operation] = (await simulator.state()).operations;
    expect(operation?.startedBy.id).toBe(personas.operator);
  });

  test('a viewer gets no row action, and the deep-linked dialog explains instead of offering "Run check"', async ({
    page,
    applicationsList: list,
    readinessCheck: check,
    simulator,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await list.goto('?q=invoice');
    await expect(list.rows).toHaveCount(3);
    await expect(list.readinessLinks).toHaveCount(0);

    await check.goto('app-001', '?q=invoice');
    await expect(check.dialogFor('invoice-approvals')).toBeVisible();
    await expect(check.notAllowed).toContainText(
      'Running a readiness check needs the Administrator or Operator role.',
    );
    await expect(check.runButton).toHaveCount(0);
    await checkA11y(page, { name: 'readiness check, viewer' });

    await check.closeButton.click();
    await expect(page).toHaveURL(/\/applications\?q=invoice$/);
    expect((await simulator.state()).operations).toEqual([]);
  });

  test.describe('when starting fails', () => {
    test.use({ allowedConsoleErrors: [httpStatus(500)] });

    test('a 500 shows the problem in the dialog; Retry after recovery starts exactly one check', async ({
      page,
      applicationsList: list,
      readinessCheck: check,
      simulator,
    }) => {
      await simulator.bootSimulator({
        scenario: { failure: { endpointId: 'startReadinessCheck', status: 500 } },
      });
      await list.goto();
      await list.readinessLink('invoice-approvals').click();
      await check.runButton.click();

      await expect(check.problem).toContainText('The server failed to handle the request');
      await expect(check.problem).toContainText('Simulated failure of startReadinessCheck');
      await expect(check.retryButton).toBeVisible();
      await expect(check.dialogFor('invoice-approvals')).toBeVisible();
      expect(check.operationIdInUrl()).toBeNull();
      expect((await simulator.state()).operations).toEqual([]);

      await simulator.clearScenario();
      await simulator.setScenario(FAST);
      await check.retryButton.click();
      await expect(page).toHaveURL(/[?&]operation=op-\d+/);
      await expect(check.readyAlert).toBeVisible();
      await expect(check.problem).toHaveCount(0);
      expect((await simulator.state()).operations).toHaveLength(1);
    });
  });

  test.describe('when a check is already running', () => {
    test.use({ allowedConsoleErrors: [httpStatus(409)] });

    test('a second start is refused with 409 and says so', async ({
      page,
      applicationsList: list,
      readinessCheck: check,
      simulator,
    }) => {
      // Slow, so the first check is still running when the second one is asked for.
      await simulator.bootSimulator({ scenario: { operationSpeed: 0.1 } });
      await list.goto();
      await expect(list.rows).toHaveCount(18);
      const first = await postReadinessCheck(page, 'app-001');
      expect(first.status).toBe(202);

      await list.readinessLink('invoice-approvals').click();
      await expect(check.dialogFor('invoice-approvals')).toBeVisible();
      await check.runButton.click();

      await expect(check.dialog.getByRole('alert')).toContainText(
        'A readiness check is already running',
      );
      await expect(check.dialog).toContainText(
        `Operation ${String(first.body.id)} is checking invoice-approvals`,
      );
      expect(check.operationIdInUrl()).toBeNull();
      const state = await simulator.state();
      expect(state.operations.map((op) => op.id)).toEqual([first.body.id]);
    });
  });
});
