import { jsonParseLinter } from '@codemirror/lang-json';
import { forEachDiagnostic, setDiagnosticsEffect, type Diagnostic } from '@codemirror/lint';
import { StateField, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import { MASK } from '@/lib/secrets';
import { repeatedKeyMessage } from '../connector-rules';
import { repeatedKeys } from '../json-scan';
import { secretValueRanges, withoutQuotedSource } from './secret-ranges';

/** Bullets in place of a secret value; assistive technology reads "hidden secret value". */
class SecretMaskWidget extends WidgetType {
  constructor(readonly invalid: boolean) {
    super();
  }

  eq(other: SecretMaskWidget) {
    return other.invalid === this.invalid;
  }

  toDOM() {
    const mask = document.createElement('span');
    mask.className = this.invalid ? 'cm-secret-mask cm-secret-mask-invalid' : 'cm-secret-mask';
    mask.setAttribute('role', 'img');
    mask.setAttribute('aria-label', 'hidden secret value');
    mask.textContent = MASK;
    return mask;
  }

  // A click on the bullets places the cursor beside them, as on any text.
  ignoreEvent() {
    return false;
  }
}

const masks = {
  valid: Decoration.replace({ widget: new SecretMaskWidget(false) }),
  invalid: Decoration.replace({ widget: new SecretMaskWidget(true) }),
};

/**
 * One decoration per secret value, from the text itself, so the document (what is saved and
 * sent) keeps the real value. A lint diagnostic inside a value would be hidden with it: the
 * bullets are underlined instead.
 */
function maskDecorations(state: EditorState): DecorationSet {
  const problems: { from: number; to: number }[] = [];
  forEachDiagnostic(state, (_d, from, to) => problems.push({ from, to }));
  return Decoration.set(
    secretValueRanges(state.doc.toString()).map((r) => {
      const invalid = problems.some((p) => p.from < r.to && p.to > r.from);
      return (invalid ? masks.invalid : masks.valid).range(r.from, r.to);
    }),
  );
}

const secretMasks = StateField.define<DecorationSet>({
  create: maskDecorations,
  update: (deco, tr) =>
    tr.docChanged || tr.effects.some((e) => e.is(setDiagnosticsEffect))
      ? maskDecorations(tr.state)
      : deco,
  provide: (field) => [
    EditorView.decorations.from(field),
    // The cursor steps over a masked value as over one character; Backspace removes it whole.
    EditorView.atomicRanges.of((view) => view.state.field(field)),
  ],
});

/** Masks the values of secret-looking keys (DESIGN: Secrets); leave it out to reveal them. */
export function secretMasking(): Extension {
  return secretMasks;
}

const jsonSyntax = jsonParseLinter();

/**
 * CodeMirror's JSON syntax lint, without the source text V8 quotes in some messages, plus what
 * JSON.parse lets pass silently: a key written twice in one object, marked at the repeat.
 */
export function jsonSyntaxLint(view: EditorView): Diagnostic[] {
  const syntax = jsonSyntax(view).map((d) => ({ ...d, message: withoutQuotedSource(d.message) }));
  const repeats = repeatedKeys(view.state.doc.toString()).map(({ name, from, to }): Diagnostic => ({
    from,
    to,
    severity: 'error',
    message: repeatedKeyMessage(name),
  }));
  return [...syntax, ...repeats];
}
