import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { act } from '@testing-library/react';

/** The CodeMirror view behind an editor found by its role (the content element). */
export function viewOf(editor: HTMLElement): EditorView {
  const view = EditorView.findFromDOM(editor);
  if (!view) throw new Error('no CodeMirror view');
  return view;
}

/** Replaces the editor's text the way typing does: through a CodeMirror transaction. */
export function replaceEditorText(editor: HTMLElement, text: string) {
  const view = viewOf(editor);
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
}

/** The text describing an editor: its helper, or the error shown in its place. */
export function editorHelpOf(editor: HTMLElement) {
  return document.getElementById(editor.getAttribute('aria-describedby') ?? '');
}

/** The editor's lint diagnostics as they stand: each message and where it starts. */
export function diagnosticsOf(editor: HTMLElement): { message: string; from: number }[] {
  const found: { message: string; from: number }[] = [];
  forEachDiagnostic(viewOf(editor).state, (d, from) => found.push({ message: d.message, from }));
  return found;
}
