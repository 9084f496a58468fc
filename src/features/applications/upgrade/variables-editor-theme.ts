import { EditorView } from '@codemirror/view';

/** The bullets of a masked secret value, on top of the shared code editor's theme. */
export const secretMaskTheme = EditorView.theme({
  '.cm-secret-mask': { letterSpacing: '0.1em', cursor: 'text' },
  // The lint mark of an error inside a masked value would be hidden with it: underline the bullets.
  '.cm-secret-mask-invalid': {
    textDecoration: 'underline wavy var(--upshift-palette-error-main, #d32f2f)',
    textUnderlineOffset: '3px',
  },
});
