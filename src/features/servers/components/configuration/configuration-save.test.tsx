import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import {
  editorHelpOf as helpOf,
  replaceEditorText as type,
  viewOf,
} from '@/testing/code-editor-test-utils';
import { servers } from '@/testing/servers-test-utils';
import {
  editorNamed,
  saveButton,
  SLOW,
  standInForTextRects,
  startEditing,
  storedYaml,
} from './configuration-test-utils';

const CONFIGURATION_URL = '*/api/v1/servers/:serverId/configuration';

function refuseOnce(status: number, body: object) {
  let refused = false;
  server.use(
    http.put(CONFIGURATION_URL, () => {
      if (refused) return undefined;
      refused = true;
      return HttpResponse.json(
        { status, ...body },
        { status, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
}

/** Someone else saves global.yaml with "scheme: http" while this person edits it. */
async function theirEdit() {
  const { yaml, revision } = await storedYaml();
  const theirs = yaml.replace('scheme: https', 'scheme: http');
  await servers.saveConfiguration('spacetech', theirs, revision);
  return { theirs, schemeLine: yaml.split('\n').findIndex((l) => l.includes('scheme')) + 1 };
}

standInForTextRects();
beforeEach(() => sessionStorage.clear());

describe('saving global.yaml', () => {
  it('keeps the text after a 422 and moves the cursor to the line the server names', async () => {
    const message = 'Line 2, column 3: this key is already set above, in the same mapping';
    refuseOnce(422, {
      type: 'urn:upshift:problem:validation',
      title: 'global.yaml is not valid YAML',
      errors: [{ field: 'yaml', message }],
    });
    const { editor, user, onDone } = await startEditing();
    const typed = `${(await storedYaml()).yaml}# mine\n`;
    type(editor, typed);
    await user.click(saveButton());
    await vi.waitFor(() => expect(helpOf(editor)).toHaveTextContent(message), SLOW);
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(editor).toHaveFocus();
    const view = viewOf(editor);
    expect(view.state.selection.main.head).toBe(view.state.doc.line(2).from + 2);
    expect(view.state.doc.toString()).toBe(typed);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows theirs beside yours after a 409; "Keep mine" saves again at their revision', async () => {
    const { editor, user, onDone } = await startEditing();
    const { yaml } = await storedYaml();
    const mine = `${yaml}monitor:\n  enabled: true\n`;
    type(editor, mine);
    const { theirs, schemeLine } = await theirEdit();
    await user.click(saveButton());
    const theirPane = await editorNamed('Their global.yaml (revision 2)');
    const myPane = screen.getByRole('textbox', { name: 'Your global.yaml' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed global.yaml meanwhile');
    expect(alert).toHaveFocus();
    expect(viewOf(theirPane).state.doc.toString()).toBe(theirs);
    expect(viewOf(myPane).state.doc.toString()).toBe(mine);
    expect(theirPane).toHaveAttribute('aria-readonly', 'true');
    const added = yaml.split('\n').length;
    expect(helpOf(theirPane)).toHaveTextContent(
      `Only in theirs, marked: line ${String(schemeLine)}.`,
    );
    expect(helpOf(myPane)).toHaveTextContent(
      `Only in yours, marked: lines ${String(schemeLine)}, ${String(added)} and ${String(added + 1)}.`,
    );
    await user.click(screen.getByRole('button', { name: 'Keep mine and save again' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledExactlyOnceWith('edited'), SLOW);
    expect(await storedYaml()).toMatchObject({ yaml: mine, revision: 3 });
  });

  it('"Use theirs" after a 409 puts their text in the editor, at their revision', async () => {
    const { editor, user, onDone } = await startEditing();
    type(editor, `${(await storedYaml()).yaml}# mine\n`);
    const { theirs } = await theirEdit();
    await user.click(saveButton());
    await user.click(await screen.findByRole('button', { name: 'Use theirs' }, SLOW));
    const again = await editorNamed('global.yaml');
    expect(viewOf(again).state.doc.toString()).toBe(theirs);
    await vi.waitFor(() => expect(again).toHaveFocus());
    await user.click(saveButton());
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledExactlyOnceWith('edited'), SLOW);
    expect(await storedYaml()).toMatchObject({ yaml: theirs, revision: 3 });
  });

  it('keeps both sides when "Keep mine" fails, and Retry saves mine at their revision', async () => {
    const { editor, user, onDone } = await startEditing();
    const mine = `${(await storedYaml()).yaml}# mine\n`;
    type(editor, mine);
    await theirEdit();
    await user.click(saveButton());
    await editorNamed('Their global.yaml (revision 2)');
    refuseOnce(500, { type: 'about:blank', title: 'Internal Server Error' });
    await user.click(screen.getByRole('button', { name: 'Keep mine and save again' }));
    await user.click(await screen.findByRole('button', { name: 'Retry' }, SLOW));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledExactlyOnceWith('edited'), SLOW);
    expect(await storedYaml()).toMatchObject({ yaml: mine, revision: 3 });
  });

  it('keeps the text when the save fails for another reason, and Retry sends it again', async () => {
    refuseOnce(500, { type: 'about:blank', title: 'Internal Server Error' });
    const { editor, user, onDone } = await startEditing();
    const typed = `${(await storedYaml()).yaml}# mine\n`;
    type(editor, typed);
    await user.click(saveButton());
    await user.click(await screen.findByRole('button', { name: 'Retry' }, SLOW));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledExactlyOnceWith('edited'), SLOW);
    expect(await storedYaml()).toMatchObject({ yaml: typed, revision: 2 });
  });
});
