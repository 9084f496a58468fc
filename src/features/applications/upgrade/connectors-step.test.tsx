import { cursorCharLeft, deleteCharBackward } from '@codemirror/commands';
import { forEachDiagnostic, forceLinting } from '@codemirror/lint';
import { act, screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { MASK } from '@/lib/secrets';
import { diagnosticsOf, replaceEditorText as type, viewOf } from '@/testing/code-editor-test-utils';
import { connectorsFor } from './create-draft';
import { ConnectorsStep } from './connectors-step';
import { renderStep, wizardData } from './wizard-test-utils';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';

async function renderEmailConnector() {
  const { app, draft } = await wizardData('app-001');
  const withTarget = { ...draft, projectVersion: 10, connectors: connectorsFor(app, 10, []) };
  const view = renderStep(<ConnectorsStep />, app, withTarget);
  const editor = await screen.findByRole('textbox', { name: 'Variables of email-connector' });
  return { ...view, editor, help: () => document.getElementById(helperId(editor)) };
}

const helperId = (editor: HTMLElement) => editor.getAttribute('aria-describedby') ?? '';

describe('the variables editor', () => {
  it.each([
    ['broken JSON', '{"EMAIL_HOST": ', /^Not valid JSON: /],
    ['an array', '["EMAIL_HOST"]', /^Variables must be a JSON object/],
    [
      'a number value',
      '{"EMAIL_HOST":"h","EMAIL_PORT":8050}',
      /value of EMAIL_PORT must be a string/,
    ],
    ['a bad key', '{"EMAIL HOST":"h"}', /"EMAIL HOST" is not a valid variable name/],
    ['a missing required variable', '{"EMAIL_HOST":"h"}', /Email connector needs EMAIL_PORT\.$/],
  ])('explains %s under the editor', async (_what, text, message) => {
    const { editor, help } = await renderEmailConnector();
    type(editor, text);
    expect(help()).toHaveTextContent(message);
    expect(editor).toHaveAttribute('aria-invalid', 'true');
  });

  it("accepts the seed's JSON and stores it in the draft", async () => {
    const { editor, help, drafts, user, steps } = await renderEmailConnector();
    expect(help()).toHaveTextContent('The Email connector needs EMAIL_HOST and EMAIL_PORT.');
    type(editor, SEED_JSON);
    expect(help()).toHaveTextContent('A JSON object of strings; needs EMAIL_HOST and EMAIL_PORT.');
    expect(editor).toHaveAttribute('aria-invalid', 'false');
    expect(drafts.at(-1)?.connectors[1]?.variablesText).toBe(SEED_JSON);
    expect(screen.getByRole('textbox', { name: 'Name of email-connector' })).toHaveAttribute(
      'readonly',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(steps).toEqual(['review']);
  });

  it('puts a custom connector renamed to the e-mail connector name on its own name field', async () => {
    const { user } = await renderEmailConnector();
    const renamed = screen.getByRole('textbox', { name: 'Name of erp-connector' });
    await user.clear(renamed);
    await user.type(renamed, 'email-connector');
    const [custom, ootb] = screen.getAllByRole('textbox', { name: 'Name of email-connector' });
    expect(custom).toBe(renamed);
    expect(custom).toHaveAttribute('aria-invalid', 'true');
    expect(custom).toHaveAccessibleDescription(
      'email-connector is the name of the Email connector: give this one another name.',
    );
    expect(ootb).toHaveAttribute('readonly');
    expect(ootb).toHaveAttribute('aria-invalid', 'false');
  });

  it('refuses a key written twice, under the editor and inline at the second one', async () => {
    const { editor, help, user, steps } = await renderEmailConnector();
    const text = '{"EMAIL_HOST":"h","EMAIL_PORT":"25","EMAIL_PORT":"587"}';
    type(editor, text);
    expect(help()).toHaveTextContent(/^EMAIL_PORT appears twice/);
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    act(() => forceLinting(viewOf(editor)));
    await vi.waitFor(() => {
      expect(diagnosticsOf(editor)).toEqual([
        {
          message: expect.stringMatching(/^EMAIL_PORT appears twice/) as string,
          from: text.lastIndexOf('"EMAIL_PORT"'),
        },
      ]);
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(steps).toEqual([]);
  });

  it('says the size limit and the current size at the editor before Next', async () => {
    const { editor, help, user, steps } = await renderEmailConnector();
    const filler = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`V${String(i)}`, 'v'.repeat(4000)]),
    );
    type(editor, JSON.stringify({ EMAIL_HOST: 'h', EMAIL_PORT: '25', ...filler }));
    expect(help()).toHaveTextContent(
      /^The variables take 78\.\d KiB as JSON; a connector's variables can take at most 64 KiB\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(steps).toEqual([]);
  });

  it('answers a 100,000-deep value with a short message', async () => {
    const { editor, help } = await renderEmailConnector();
    type(editor, `{"EMAIL_HOST":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(help()).toHaveTextContent(/^The value of EMAIL_HOST must be a string/);
    expect(help()?.textContent.length).toBeLessThan(120);
  });

  it("shows the server's refusal of one variable at the editor, naming the variable", async () => {
    const { app, draft } = await wizardData('app-001');
    const [erp, email] = connectorsFor(app, 10, []);
    if (!erp || !email) throw new Error('app-001 at version 10 has two connectors');
    renderStep(<ConnectorsStep />, app, {
      ...draft,
      projectVersion: 10,
      connectors: [erp, { ...email, variablesText: SEED_JSON }],
      serverErrors: { 'connectors.1.variables.EMAIL_PORT': 'Invalid input: expected string' },
    });
    const editor = await screen.findByRole('textbox', { name: 'Variables of email-connector' });
    expect(document.getElementById(helperId(editor))).toHaveTextContent(
      'EMAIL_PORT: Invalid input: expected string',
    );
    expect(editor).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the image URL of a custom connector', async () => {
    const { user } = await renderEmailConnector();
    const image = screen.getByRole('textbox', { name: 'Image of erp-connector' });
    await user.clear(image);
    await user.type(image, 'not an image');
    expect(await screen.findByText(/Give an image URL such as/)).toBeInTheDocument();
  });
});

describe('secret values in the variables editor', () => {
  const masks = (editor: HTMLElement) =>
    within(editor).queryAllByRole('img', { name: 'hidden secret value' });
  const toggleOf = (connector: string) =>
    within(screen.getByRole('region', { name: `Connector ${connector}` })).queryByRole('button', {
      name: 'Show secret values',
    });

  it('holds a deployed secret as the mask the API sent: shown as bullets, even when shown on purpose', async () => {
    const { user, drafts } = await renderEmailConnector();
    const erp = screen.getByRole('textbox', { name: 'Variables of erp-connector' });
    expect(erp).toHaveTextContent('"SERVICE_URL": "https://erp-connector.spacetech.example"');
    expect(erp).toHaveTextContent(`"API_TOKEN": "${MASK}"`);
    expect(masks(erp)).toHaveLength(1);
    // What is sent back: the mask, which keeps the deployed value.
    expect(viewOf(erp).state.doc.toString()).toContain(`"API_TOKEN": "${MASK}"`);

    const toggle = screen.getByRole('button', {
      name: 'Show secret values',
      description: 'Variables of erp-connector',
    });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(masks(erp)).toHaveLength(0);
    expect(erp).toHaveTextContent(`"API_TOKEN": "${MASK}"`);
    expect(document.body).not.toHaveTextContent('tok-app-001-c0de');
    expect(drafts).toEqual([]);
  });

  it('lets an administrator read the deployed value through the audited reveal endpoint, leaving the text as it is', async () => {
    const { user, drafts } = await renderEmailConnector();
    const card = screen.getByRole('region', { name: 'Connector erp-connector' });
    expect(card).toHaveTextContent(
      `${MASK} keeps the deployed value of API_TOKEN: type over it to change it.`,
    );
    const reveal = within(card).getByRole('button', {
      name: 'Reveal deployed values of erp-connector',
    });
    const audit = simulator.db.audit.length;
    await user.click(reveal);
    const values = await within(card).findByRole('definition');
    expect(values).toHaveTextContent('tok-app-001-c0de');
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    expect(simulator.db.audit.slice(audit)).toEqual([
      expect.objectContaining({
        action: 'application.secrets.reveal',
        fields: ['API_TOKEN of connector erp-connector'],
      }),
    ]);
    const erp = screen.getByRole('textbox', { name: 'Variables of erp-connector' });
    expect(viewOf(erp).state.doc.toString()).toContain(`"API_TOKEN": "${MASK}"`);
    expect(drafts).toEqual([]);
    await user.click(reveal);
    expect(card).not.toHaveTextContent('tok-app-001-c0de');
  });

  it('says at the connector why a deployed value was not revealed', async () => {
    simulator.setScenario({ failure: { endpointId: 'revealApplicationSecrets', status: 403 } });
    const { user } = await renderEmailConnector();
    const card = screen.getByRole('region', { name: 'Connector erp-connector' });
    await user.click(
      within(card).getByRole('button', { name: 'Reveal deployed values of erp-connector' }),
    );
    expect(await within(card).findByText(/^Not revealed: You don't have access\./)).toHaveAttribute(
      'role',
      'alert',
    );
    expect(card).not.toHaveTextContent('tok-app-001-c0de');
  });

  it('masks a secret as soon as it is typed, and keeps the real value in the draft', async () => {
    const { editor, drafts } = await renderEmailConnector();
    expect(toggleOf('email-connector')).toBeNull();
    const text = '{"EMAIL_HOST":"h","EMAIL_PORT":"25","SMTP_PASSWORD":"hunter2"}';
    type(editor, text);
    expect(editor).toHaveTextContent(`"SMTP_PASSWORD":"${MASK}"`);
    expect(editor).not.toHaveTextContent('hunter2');
    expect(drafts.at(-1)?.connectors[1]?.variablesText).toBe(text);
    expect(toggleOf('email-connector')).toHaveAttribute('aria-pressed', 'false');
    expect(toggleOf('erp-connector')).toHaveAttribute('aria-pressed', 'false');
  });

  it('masks numbers and arrays of secret keys, and never repeats them in a message', async () => {
    const { editor, help } = await renderEmailConnector();
    type(
      editor,
      '{"EMAIL_HOST":"h","EMAIL_PORT":"25","SMTP_PASSWORD":12345,"API_KEYS":["k-a","k-b"]}',
    );
    expect(masks(editor)).toHaveLength(3);
    expect(editor).not.toHaveTextContent(/12345|k-a|k-b/);
    expect(help()).toHaveTextContent(/^The value of SMTP_PASSWORD must be a string/);
    expect(help()).not.toHaveTextContent(/12345/);
    expect(toggleOf('email-connector')).toHaveAttribute('aria-pressed', 'false');
  });

  it('steps over a masked value as one piece: arrows jump it, Backspace removes it whole', async () => {
    const { editor, drafts } = await renderEmailConnector();
    type(editor, '{"API_KEY":"abc","EMAIL_HOST":"h"}');
    const view = viewOf(editor);
    const end = '{"API_KEY":"abc'.length;
    act(() => view.dispatch({ selection: { anchor: end } }));
    act(() => void cursorCharLeft(view));
    expect(view.state.selection.main.head).toBe(end - 3);
    act(() => view.dispatch({ selection: { anchor: end } }));
    act(() => void deleteCharBackward(view));
    expect(drafts.at(-1)?.connectors[1]?.variablesText).toBe('{"API_KEY":"","EMAIL_HOST":"h"}');
  });

  it('keeps a syntax error inside a masked value visible: the bullets are underlined', async () => {
    const { editor, help } = await renderEmailConnector();
    // "a\x" is a bad escape: JSON.parse reports it at the x, inside the masked value.
    type(editor, '{"EMAIL_HOST":"h","EMAIL_PORT":"25","API_KEY":"a\\x"}');
    act(() => forceLinting(viewOf(editor)));
    await vi.waitFor(() => expect(editor.querySelector('.cm-secret-mask-invalid')).not.toBeNull());
    expect(help()).toHaveTextContent(/^Not valid JSON: Bad escaped character/);
  });

  it('explains a syntax error without quoting the text around it, secrets included', async () => {
    const { editor, help } = await renderEmailConnector();
    type(editor, '{"EMAIL_HOST":"h","API_TOKEN":"s3cr","B":x}');
    expect(help()).toHaveTextContent(
      'Not valid JSON: Unexpected text in JSON: write strings in "double quotes"',
    );
    act(() => forceLinting(viewOf(editor)));
    await vi.waitFor(() => {
      const messages: string[] = [];
      forEachDiagnostic(viewOf(editor).state, (d) => messages.push(d.message));
      expect(messages).toEqual(['Unexpected text in JSON: write strings in "double quotes"']);
    });
  });
});
