import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type LintSource } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useRef, type RefObject } from 'react';
import { cspNonce } from '@/lib/csp-nonce';
import { codeEditorTheme } from './code-editor-theme';

export interface CodeEditorSetup {
  value: string;
  onChange?: (text: string) => void;
  /** Read once, when the editor is created. */
  language: Extension;
  /** Read once: inline diagnostics, 300 ms after typing stops. */
  lint?: LintSource;
  /** Reconfigured whenever another value is given: keep it stable (module constant, useMemo). */
  extensions?: Extension;
  readOnly: boolean;
  /** What the content element says to assistive technology. */
  aria: { contentId: string; labelId: string; helperId: string; invalid: boolean };
}

/** The smallest change turning `current` into `next`, so the cursor and undo history survive. */
export function replacement(current: string, next: string) {
  const shorter = Math.min(current.length, next.length);
  let start = 0;
  while (start < shorter && current[start] === next[start]) start += 1;
  let end = 0;
  while (
    end < shorter - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end += 1;
  }
  return { from: start, to: current.length - end, insert: next.slice(start, next.length - end) };
}

/** A CodeMirror 6 view in `host`, created once and kept in step with the props. */
export function useCodeEditor(
  host: RefObject<HTMLDivElement | null>,
  { value, onChange, language, lint, extensions = [], readOnly, aria }: CodeEditorSetup,
) {
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const compartments = useRef({ aria: new Compartment(), extra: new Compartment() });

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    // CodeMirror's styles go in a <style> of its own: with the nonce, a strict CSP lets them apply.
    const nonce = cspNonce();
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
          language,
          syntaxHighlighting(defaultHighlightStyle),
          lint ? [linter(lint, { delay: 300 }), lintGutter()] : [],
          EditorView.lineWrapping,
          codeEditorTheme,
          nonce ? EditorView.cspNonce.of(nonce) : [],
          compartments.current.aria.of([]),
          compartments.current.extra.of(extensions),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once; later values arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const text = current.state.doc.toString();
    if (text !== value) current.dispatch({ changes: replacement(text, value) });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.extra.reconfigure(extensions) });
  }, [extensions]);

  const { contentId, labelId, helperId, invalid } = aria;
  useEffect(() => {
    view.current?.dispatch({
      effects: compartments.current.aria.reconfigure([
        EditorState.readOnly.of(readOnly),
        EditorView.contentAttributes.of({
          id: contentId,
          'aria-labelledby': labelId,
          'aria-describedby': helperId,
          'aria-invalid': invalid ? 'true' : 'false',
          'aria-multiline': 'true',
          ...(readOnly ? { 'aria-readonly': 'true' } : {}),
          role: 'textbox',
        }),
      ]),
    });
  }, [contentId, labelId, helperId, invalid, readOnly]);

  return view;
}
