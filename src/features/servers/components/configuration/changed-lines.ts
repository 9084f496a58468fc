import type { Extension } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';

const changed = Decoration.line({ class: 'cm-changed-line' });

const theme = EditorView.theme({
  '.cm-changed-line': {
    backgroundColor: 'rgba(237, 108, 2, 0.12)',
    boxShadow: 'inset 3px 0 0 #ed6c02',
  },
});

/** Marks whole lines (numbers from 1), e.g. those one side of a comparison does not have. */
export function changedLines(lines: readonly number[]): Extension {
  return [
    theme,
    EditorView.decorations.of((view) => {
      const { doc } = view.state;
      const valid = lines.filter((n) => n >= 1 && n <= doc.lines);
      return Decoration.set(valid.map((n) => changed.range(doc.line(n).from)));
    }),
  ];
}
