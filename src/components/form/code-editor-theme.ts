import { EditorView } from '@codemirror/view';

/** Sizes and colours that follow the MUI theme through its CSS variables where it sets them. */
export const codeEditorTheme = EditorView.theme({
  '&': { fontSize: '0.875rem', backgroundColor: 'transparent', color: 'inherit' },
  '&.cm-focused': { outline: 'none' },
  '.cm-content': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    minHeight: '5.5rem',
    padding: '8px 0',
    caretColor: 'currentColor',
  },
  '.cm-gutters': { backgroundColor: 'transparent', border: 'none' },
  '.cm-scroller': { overflow: 'auto', maxHeight: '16rem' },
});
