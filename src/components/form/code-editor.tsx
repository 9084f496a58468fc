import type { LintSource } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import { useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import { useCodeEditor } from './code-editor-view';

export interface CodeEditorIds {
  /** The editable content (role textbox). */
  contentId: string;
  labelId: string;
}

export interface CodeEditorHandle {
  /** Puts the cursor at a line (and column, both from 1), scrolls there and focuses the editor. */
  focusAt: (line: number, column?: number) => void;
}

interface Props {
  /** Accessible name of the editor, e.g. "Variables of email-connector". */
  label: string;
  value: string;
  onChange?: (text: string) => void;
  /** The language support, e.g. json() or yaml(); read once. */
  language: Extension;
  /** Inline diagnostics of the text; read once. */
  lint?: LintSource;
  /** More editor extensions, reconfigured when another value is given: keep it stable. */
  extensions?: Extension;
  /** Our own verdict on the text, shown under the editor in place of the helper text. */
  error?: string;
  helperText: string;
  readOnly?: boolean;
  /** Beside the label, e.g. a toggle controlling the editor. */
  labelAction?: (ids: CodeEditorIds) => ReactNode;
  ref?: Ref<CodeEditorHandle>;
}

/**
 * A labelled CodeMirror 6 editor read by assistive technology as a multi-line text box, described
 * by the helper or error text under it, with the language's highlighting and inline lint.
 */
export function CodeEditor(props: Props) {
  const { label, value, onChange, language, lint, extensions, error, helperText } = props;
  const { readOnly = false, labelAction, ref } = props;
  const host = useRef<HTMLDivElement>(null);
  const helperId = useId();
  const labelId = useId();
  const contentId = useId();
  const view = useCodeEditor(host, {
    value,
    onChange,
    language,
    lint,
    extensions,
    readOnly,
    aria: { contentId, labelId, helperId, invalid: Boolean(error) },
  });

  useImperativeHandle(ref, () => ({
    focusAt: (line, column = 1) => {
      const current = view.current;
      if (!current) return;
      const { doc } = current.state;
      const at = doc.line(Math.min(Math.max(1, line), doc.lines));
      const pos = Math.min(at.from + Math.max(0, column - 1), at.to);
      current.dispatch({
        selection: { anchor: pos },
        effects: EditorView.scrollIntoView(pos, { y: 'center' }),
      });
      current.focus();
    },
  }));

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, minHeight: 30 }}>
        <FormLabel id={labelId} error={Boolean(error)} sx={{ flexGrow: 1 }}>
          {label}
        </FormLabel>
        {labelAction?.({ contentId, labelId })}
      </Stack>
      <Box
        ref={host}
        sx={(theme) => ({
          border: 1,
          borderColor: error ? 'error.main' : 'divider',
          borderRadius: 1,
          bgcolor: readOnly ? 'action.hover' : undefined,
          '&:focus-within': { outline: `2px solid ${theme.palette.primary.main}` },
        })}
      />
      <FormHelperText id={helperId} error={Boolean(error)} aria-live="polite">
        {error ?? helperText}
      </FormHelperText>
    </Box>
  );
}
