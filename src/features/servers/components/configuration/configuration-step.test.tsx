import { forceLinting } from '@codemirror/lint';
import { act, screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import {
  diagnosticsOf,
  editorHelpOf as helpOf,
  replaceEditorText as type,
  viewOf,
} from '@/testing/code-editor-test-utils';
import {
  editorNamed,
  renderConfigurationStep,
  saveButton,
  SLOW,
  startEditing,
  storedYaml,
} from './configuration-test-utils';

beforeEach(() => sessionStorage.clear());

describe('the configuration step', () => {
  it("keeps global.yaml by default, the seed's advice, and lists secret files without showing them", async () => {
    const { user, onDone } = renderConfigurationStep();
    const files = screen.getByRole('list', { name: 'Project files' });
    expect(
      within(files)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'projects/spacetech/export',
      'projects/spacetech/generated-secret.yamlSecret: never shown',
      'projects/spacetech/global.yaml',
      'projects/spacetech/user-secretSecret: never shown',
    ]);
    expect(await screen.findByRole('radio', { name: 'Keep as it is' }, SLOW)).toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'global.yaml' })).not.toBeInTheDocument();
    expect(screen.getByText('monitor.enabled')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Insert/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep global.yaml and continue' }));
    expect(onDone).toHaveBeenCalledExactlyOnceWith('kept');
    expect((await storedYaml()).revision).toBe(1);
  });

  it('lints the YAML inline: the line and column under the editor and a mark at the problem', async () => {
    const { editor, user } = await startEditing();
    const { yaml } = await storedYaml();
    expect(viewOf(editor).state.doc.toString()).toBe(yaml);
    expect(editor).toHaveAttribute('aria-invalid', 'false');
    const broken = `${yaml}monitor:\n\tenabled: true\n`;
    const tab = broken.indexOf('\t');
    const line = yaml.split('\n').length + 1;
    type(editor, broken);
    expect(helpOf(editor)).toHaveTextContent(
      `Line ${String(line)}, column 1: a tab is not allowed for indentation: indent with spaces`,
    );
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    act(() => forceLinting(viewOf(editor)));
    await vi.waitFor(() => {
      expect(diagnosticsOf(editor)).toEqual([
        { message: 'A tab is not allowed for indentation: indent with spaces.', from: tab },
      ]);
    });
    await user.click(saveButton());
    expect(editor).toHaveFocus();
    expect(viewOf(editor).state.selection.main.head).toBe(tab);
    expect(await storedYaml()).toMatchObject({ yaml, revision: 1 });
  });

  it('inserts a new option at the end, as a user would paste it', async () => {
    const { editor, user } = await startEditing();
    const { yaml } = await storedYaml();
    await user.click(screen.getByRole('button', { name: 'Insert monitor.enabled' }));
    expect(viewOf(editor).state.doc.toString()).toBe(`${yaml}monitor:\n  enabled: true\n`);
    expect(screen.getByText('Already set in global.yaml.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Insert/ })).not.toBeInTheDocument();
  });

  it('saves the edit with the revision it was read at, then reports it edited', async () => {
    const { editor, user, onDone } = await startEditing();
    const edited = `${(await storedYaml()).yaml}monitor:\n  enabled: true\n`;
    type(editor, edited);
    await user.click(saveButton());
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledExactlyOnceWith('edited'), SLOW);
    expect(await storedYaml()).toMatchObject({ yaml: edited, revision: 2 });
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the draft through a reload mid-edit', async () => {
    const first = await startEditing();
    const draft = `${(await storedYaml()).yaml}# half done\n`;
    type(first.editor, draft);
    first.unmount();
    renderConfigurationStep();
    const editor = await editorNamed('global.yaml');
    expect(viewOf(editor).state.doc.toString()).toBe(draft);
    expect(screen.getByRole('radio', { name: 'Edit global.yaml' })).toBeChecked();
  });

  it('asks before going back to "Keep as it is" with edits, and drops them only on Discard', async () => {
    const { editor, user } = await startEditing();
    const draft = `${(await storedYaml()).yaml}# mine\n`;
    type(editor, draft);
    await user.click(screen.getByRole('radio', { name: 'Keep as it is' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('radio', { name: 'Edit global.yaml' })).toBeChecked();
    expect(viewOf(editor).state.doc.toString()).toBe(draft);
    await user.click(screen.getByRole('radio', { name: 'Keep as it is' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('radio', { name: 'Keep as it is' })).toBeChecked();
    expect(screen.queryByRole('textbox', { name: 'global.yaml' })).not.toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
    expect((await storedYaml()).revision).toBe(1);
  });

  it('shows a viewer the YAML read-only, with no choice and no button', async () => {
    simulator.signInAs('u-viewer');
    renderConfigurationStep(true);
    const editor = await editorNamed('global.yaml');
    expect(editor).toHaveAttribute('aria-readonly', 'true');
    expect(viewOf(editor).state.readOnly).toBe(true);
    expect(viewOf(editor).state.doc.toString()).toBe((await storedYaml()).yaml);
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('monitor.enabled')).toBeVisible();
  });
});
