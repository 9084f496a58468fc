import { EditorView } from '@codemirror/view';
import { act, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { AccessStep } from './access-step';
import { ConnectorsStep } from './connectors-step';
import { forgetDraftsInMemory } from './draft-storage';
import { ProgressStep } from './progress-step';
import { ReviewStep } from './review-step';
import { UpgradeWizard } from './upgrade-wizard';
import { VersionStep } from './version-step';

const SECRET = 'Zq9-hunter2';
const TYPED = `{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050","SMTP_PASSWORD":"${SECRET}"}`;
const RETYPE = /^Type the value of SMTP_PASSWORD again: secret values are not kept/;

function renderWizard(step: string) {
  return renderWithProviders(
    <UpgradeWizard applicationId="app-001">
      <Routes>
        <Route path="version" element={<VersionStep />} />
        <Route path="access" element={<AccessStep />} />
        <Route path="connectors" element={<ConnectorsStep />} />
        <Route path="review" element={<ReviewStep />} />
        <Route path="progress" element={<ProgressStep />} />
      </Routes>
    </UpgradeWizard>,
    {
      url: `/applications/app-001/upgrade/${step}`,
      path: '/applications/:applicationId/upgrade/*',
    },
  );
}

/** Starts an upgrade of app-001 to project version 10 through the API and lets it fail. */
async function failedUpgrade() {
  simulator.setScenario({ failingOperationKind: 'application.upgrade' });
  const params = { applicationId: 'app-001' };
  const app = await apiCall(endpoints.getApplication, { params });
  const access = await apiCall(endpoints.getApplicationAccess, { params });
  const email = {
    name: 'email-connector',
    kind: 'out-of-the-box' as const,
    type: 'email',
    image: 'activiti/email-connector:7.1.0',
    variables: { EMAIL_HOST: 'https://mysmtp.com', EMAIL_PORT: '8050', SMTP_PASSWORD: SECRET },
  };
  const op = await apiCall(endpoints.startUpgrade, {
    params,
    idempotencyKey: crypto.randomUUID(),
    body: {
      revision: app.revision,
      accessRevision: access.revision,
      name: app.name,
      projectVersion: 10,
      access: { admins: access.admins, users: access.users },
      connectors: [...app.connectors, email],
      services: app.services,
      infrastructure: app.infrastructure,
    },
  });
  const started = simulator.now();
  simulator.now = () => started + 60_000;
  return op.id;
}

/** Replaces the editor's text the way typing does: through a CodeMirror transaction. */
function type(editor: HTMLElement, text: string) {
  const view = EditorView.findFromDOM(editor);
  if (!view) throw new Error('no CodeMirror view');
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
}

const emailEditor = () => screen.findByRole('textbox', { name: 'Variables of email-connector' });
const helpOf = (editor: HTMLElement) =>
  document.getElementById(editor.getAttribute('aria-describedby') ?? '');
const storedDrafts = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('upshift.upgrade-draft.'))
    .map((k) => `${k} ${localStorage.getItem(k) ?? ''}`)
    .join('\n');

/** Walks to the connectors step and types a password for the e-mail connector, then "reloads". */
async function typeSecretThenReload() {
  const first = renderWizard('version');
  await first.user.click(await screen.findByRole('radio', { name: /^Project version 10/ }));
  await first.user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Set admin and user access' });
  await first.user.click(screen.getByRole('button', { name: 'Next' }));
  const editor = await emailEditor();
  for (const end of [TYPED.length - SECRET.length, TYPED.length - 4, TYPED.length]) {
    type(editor, TYPED.slice(0, end));
    await vi.waitFor(() => expect(storedDrafts()).toContain('EMAIL_PORT'));
    expect(storedDrafts()).not.toMatch(/Zq9|tok-app-001-c0de/);
  }
  expect(storedDrafts()).toMatch(/^upshift\.upgrade-draft\.u-admin\.app-001 /);
  first.unmount();
  forgetDraftsInMemory();
}

describe('the upgrade wizard and secret values', () => {
  beforeEach(() => {
    localStorage.clear();
    forgetDraftsInMemory();
  });

  it('never stores a typed secret; after a reload the connectors step asks for it again at the field and Next refuses until it is typed', async () => {
    await typeSecretThenReload();

    const { user } = renderWizard('connectors');
    const editor = await emailEditor();
    expect(helpOf(editor)).toHaveTextContent(RETYPE);
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    // The deployed token was not typed: it comes back from the application, nothing to retype.
    const erp = screen.getByRole('textbox', { name: 'Variables of erp-connector' });
    expect(erp).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Before going on: Type the value of SMTP_PASSWORD again/,
    );
    expect(screen.getByRole('heading', { name: 'Configure connectors' })).toBeInTheDocument();

    type(editor, TYPED);
    expect(helpOf(editor)).not.toHaveTextContent(RETYPE);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Review the upgrade' })).toBeInTheDocument();
  });

  it('after a reload at Review, refuses to upgrade until the secret is typed again', async () => {
    await typeSecretThenReload();

    const { user } = renderWizard('review');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Type the secret values again: SMTP_PASSWORD of email-connector.',
    );
    expect(screen.getByRole('button', { name: 'Upgrade' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Type them in Connectors' }));
    expect(helpOf(await emailEditor())).toHaveTextContent(RETYPE);
  });

  it('after a reload on a failed run, offers no Retry until the secret is typed again', async () => {
    await typeSecretThenReload();
    const operationId = await failedUpgrade();

    renderWizard(`progress?operation=${operationId}`);
    await screen.findByRole('button', { name: 'Back to review' });
    expect(
      screen.getByText(/^Type the secret values again: SMTP_PASSWORD of email-connector\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
