import { EditorView } from '@codemirror/view';
import { act, screen } from '@testing-library/react';
import { connectorsFor } from './create-draft';
import { ConnectorsStep } from './connectors-step';
import { renderStep, wizardData } from './wizard-test-utils';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';

/** Replaces the editor's text the way typing does: through a CodeMirror transaction. */
function type(editor: HTMLElement, text: string) {
  const view = EditorView.findFromDOM(editor);
  if (!view) throw new Error('no CodeMirror view');
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
