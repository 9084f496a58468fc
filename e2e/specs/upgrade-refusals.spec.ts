import { expect, personas, test } from '../fixtures';
import { postUpgrade, readyChoices, upgradeRequestFor } from '../support/upgrade-api';

/** What the simulator answers to a refused request, as far as these tests read it. */
interface Refusal {
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
  requiredRoles?: string[];
}

test.describe('upgrade refusals, the person and the API (422)', () => {
  test.use({ allowedConsoleErrors: [/status of 422/] });

  test('(a) only released versions higher than the deployed one are offered; the API refuses an equal or lower one', async ({
    page,
    upgradeWizard: wizard,
    simulator,
  }) => {
    await wizard.goto('app-001');
    await expect(wizard.main).toContainText('Deployed: project version 4, application version 3.');
    await expect(wizard.versions.getByRole('radio')).toHaveCount(1);
    await expect(wizard.version(10)).toHaveAccessibleName(
      /^Project version 10 → application version 4/,
    );

    for (const projectVersion of [4, 2]) {
      const body = await upgradeRequestFor(simulator, 'app-001', { projectVersion });
      const answer = await postUpgrade(simulator, 'app-001', body);
      expect(answer.status).toBe(422);
      expect((answer.body as Refusal).errors).toEqual([
        {
          field: 'projectVersion',
          message: 'Pick a released project version higher than 4, the one deployed.',
        },
      ]);
    }
    expect((await simulator.state()).operations).toHaveLength(0);
    await expect(page).toHaveURL(/\/upgrade\/version$/);
  });

  test('(b) a Helm-deployed application: the Upgrade action is disabled and says why; the API refuses it', async ({
    page,
    applicationDetail: detail,
    simulator,
    checkA11y,
  }) => {
    await detail.goto('app-003');
    await expect(detail.heading('invoice-approvals-helm')).toBeVisible();
    const upgrade = detail.main.getByRole('button', { name: 'Upgrade', exact: true });
    await expect(upgrade).toBeDisabled();
    await expect(upgrade).toHaveAccessibleDescription(
      'Deployed with Helm: only applications deployed by the deployment service can be upgraded.',
    );
    await checkA11y(page, { name: 'helm application, upgrade disabled' });

    const answer = await postUpgrade(
      simulator,
      'app-003',
      await upgradeRequestFor(simulator, 'app-003', { projectVersion: 10 }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      title: 'Applications deployed with Helm cannot be upgraded',
      detail:
        'invoice-approvals-helm was deployed with Helm; only applications deployed by the deployment service can be upgraded.',
    });
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(c) the name cannot change: the wizard shows it read-only; the API refuses a renamed request', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    await wizard.goto('app-001');
    await expect(wizard.main).toContainText(
      'Application name: invoice-approvals (an upgrade cannot rename it).',
    );
    await expect(wizard.main.getByRole('textbox')).toHaveCount(0);
    await wizard.walkToReview('app-001', readyChoices);
    await expect(wizard.region('Stays the same')).toContainText(
      'Application name: invoice-approvals',
    );

    const body = await upgradeRequestFor(simulator, 'app-001', { name: 'invoice-approvals-v2' });
    const answer = await postUpgrade(simulator, 'app-001', body);
    expect(answer.status).toBe(422);
    expect((answer.body as Refusal).errors).toEqual([
      {
        field: 'name',
        message: 'An upgrade cannot rename the application; it stays invoice-approvals.',
      },
    ]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(d) services keep their image and variables: listed as staying; the API refuses a new image or variable', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    const runtimeImage = 'registry.spacetech.example/invoice-approvals/runtime-bundle:4.0.0';
    await wizard.walkToReview('app-001', readyChoices);
    const stays = wizard.region('Stays the same');
    await expect(stays).toContainText(`Service runtime-bundle: ${runtimeImage}`);
    await expect(stays).toContainText(
      'Service query-service: registry.spacetech.example/platform/query-service:7.1.0',
    );
    await expect(stays).toContainText('Service audit-service');

    const body = await upgradeRequestFor(simulator, 'app-001');
    const [runtime, query, audit] = body.services ?? [];
    if (!runtime || !query || !audit) throw new Error('app-001 has three services');
    const newImage = await postUpgrade(simulator, 'app-001', {
      ...body,
      services: [{ ...runtime, image: `${runtimeImage}-patched` }, query, audit],
    });
    expect(newImage.status).toBe(422);
    expect((newImage.body as Refusal).errors).toEqual([
      {
        field: 'services.0.image',
        message: `Only connectors can get a new image; runtime-bundle keeps ${runtimeImage}.`,
      },
    ]);
    const newVariable = await postUpgrade(simulator, 'app-001', {
      ...body,
      services: [runtime, { ...query, variables: { ...query.variables, FEATURE_X: 'on' } }, audit],
    });
    expect(newVariable.status).toBe(422);
    expect((newVariable.body as Refusal).errors).toEqual([
      {
        field: 'services.1.variables.FEATURE_X',
        message:
          "Only connectors' variables can change; an upgrade cannot add FEATURE_X of query-service.",
      },
    ]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(e) the infrastructure cannot change: listed as staying; the API refuses any change to it', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    await wizard.walkToReview('app-001', readyChoices);
    await expect(wizard.region('Stays the same')).toContainText(
      'Infrastructure: eks-us-east-1 / invoice-approvals, 2 replicas, 500m CPU, 1Gi memory, gp3, invoice-approvals.apps.spacetech.example',
    );

    const body = await upgradeRequestFor(simulator, 'app-001');
    if (!body.infrastructure) throw new Error('the request carries the infrastructure as read');
    const answer = await postUpgrade(simulator, 'app-001', {
      ...body,
      infrastructure: { ...body.infrastructure, replicas: 4, memory: '2Gi' },
    });
    expect(answer.status).toBe(422);
    expect((answer.body as Refusal).errors).toEqual([
      {
        field: 'infrastructure.replicas',
        message: 'The infrastructure cannot be changed by an upgrade.',
      },
      {
        field: 'infrastructure.memory',
        message: 'The infrastructure cannot be changed by an upgrade.',
      },
    ]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(f) an administrator without ACTIVITI_ADMIN: refused inline, and by the API', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    const message =
      'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.';
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');
    await wizard.choose('Admin users', 'sofia', 'Sofia Lindqvist');
    await expect(wizard.main.getByText(message)).toBeVisible();

    const body = await upgradeRequestFor(simulator, 'app-001');
    const answer = await postUpgrade(simulator, 'app-001', {
      ...body,
      access: { ...body.access, admins: { users: ['u-admin', 'u-sofia'], groups: [] } },
    });
    expect(answer.status).toBe(422);
    expect((answer.body as Refusal).errors).toEqual([{ field: 'access.admins.users.1', message }]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });
});

test.describe('upgrade refusals, a viewer (403)', () => {
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('(h) a viewer has no Upgrade action, gets the not-allowed screen, and the API answers 403 with the roles needed', async ({
    page,
    applicationDetail: detail,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await detail.goto('app-001');
    await expect(detail.heading('invoice-approvals')).toBeVisible();
    await expect(detail.upgradeAvailable).toBeVisible();
    await expect(detail.main.getByRole('button', { name: 'Upgrade', exact: true })).toHaveCount(0);
    await expect(detail.main.getByRole('link', { name: 'Upgrade', exact: true })).toHaveCount(0);

    await wizard.goto('app-001');
    await expect(wizard.notAllowed).toBeVisible();
    await checkA11y(page, { name: 'viewer, upgrade not allowed' });

    const answer = await postUpgrade(
      simulator,
      'app-001',
      await upgradeRequestFor(simulator, 'app-001'),
    );
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      title: "You don't have permission to do this",
      detail: 'This needs the role Administrator (permission "applications:upgrade").',
      requiredRoles: ['UPSHIFT_ADMINISTRATOR'],
    });
    expect((await simulator.state()).operations).toHaveLength(0);
  });
});
