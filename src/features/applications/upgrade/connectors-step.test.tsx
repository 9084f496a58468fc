import { cursorCharLeft, deleteCharBackward } from '@codemirror/commands';
import { forEachDiagnostic, forceLinting } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { act, screen, within } from '@testing-library/react';
import { MASK } from '@/lib/secrets';
import { connectorsFor } from './create-draft';
import { ConnectorsStep } from './connectors-step';
import { renderStep, wizardData } from './wizard-test-utils';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';

function viewOf(editor: HTMLElement): EditorView {
  const view = EditorView.findFromDOM(editor);
  if (!view) throw new Error('no CodeMirror view');
  return view;
}

/** Replaces the editor's text the way typing does: through a CodeMirror transaction. */
function type(editor: HTMLElement, text: string) {
  const view = viewOf(editor);
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
}

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

  it('shows bullets in place of a secret value until it is revealed on purpose', async () => {
    const { user, drafts } = await renderEmailConnector();
    const erp = screen.getByRole('textbox', { name: 'Variables of erp-connector' });
    expect(erp).toHaveTextContent('"SERVICE_URL": "https://erp-connector.spacetech.example"');
    expect(erp).toHaveTextContent(`"API_TOKEN": "${MASK}"`);
    expect(erp).not.toHaveTextContent('tok-app-001-c0de');
    expect(masks(erp)).toHaveLength(1);
    expect(viewOf(erp).state.doc.toString()).toContain('"API_TOKEN": "tok-app-001-c0de"');

    const toggle = screen.getByRole('button', {
      name: 'Show secret values',
      description: 'Variables of erp-connector',
    });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(erp).toHaveTextContent('"API_TOKEN": "tok-app-001-c0de"');
    expect(masks(erp)).toHaveLength(0);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(erp).not.toHaveTextContent('tok-app-001-c0de');
    expect(drafts).toEqual([]);
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
    expect(help()).toHaveTextContent("Not valid JSON: Unexpected token 'x' in JSON");
    act(() => forceLinting(viewOf(editor)));
    await vi.waitFor(() => {
      const messages: string[] = [];
      forEachDiagnostic(viewOf(editor).state, (d) => messages.push(d.message));
      expect(messages).toEqual(["Unexpected token 'x' in JSON"]);
    });
  });
});
