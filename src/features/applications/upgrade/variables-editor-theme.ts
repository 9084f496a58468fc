import { EditorView } from '@codemirror/view';

/** Sizes and colours that follow the MUI theme through its CSS variables where it sets them. */
export const editorTheme = EditorView.theme({
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
  '.cm-secret-mask': { letterSpacing: '0.1em', cursor: 'text' },
  // The lint mark of an error inside a masked value would be hidden with it: underline the bullets.
  '.cm-secret-mask-invalid': {
    textDecoration: 'underline wavy var(--upshift-palette-error-main, #d32f2f)',
    textUnderlineOffset: '3px',
  },
});
