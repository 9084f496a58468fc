import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import { useEffect, useId, useRef, useState } from 'react';
import { jsonSyntaxLint, secretMasking } from './secret-masking';
import { secretValueRanges } from './secret-ranges';
import { SecretToggle } from './secret-toggle';
import { editorTheme } from './variables-editor-theme';

interface Props {
  /** Accessible name of the editor, e.g. "Variables of email-connector". */
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Our own check of the variables; the JSON syntax is also linted inline by the editor. */
  error?: string;
  helperText?: string;
}

/**
 * A JSON editor (CodeMirror 6) for connector variables, with inline syntax diagnostics. Values of
 * secret-looking keys show as bullets until "Show secret values" is pressed.
 */
export function VariablesEditor({ label, value, onChange, error, helperText }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const aria = useRef(new Compartment());
  const masking = useRef(new Compartment());
  const [revealed, setRevealed] = useState(false);
  const helperId = useId();
  const labelId = useId();
  const contentId = useId();

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
          json(),
          syntaxHighlighting(defaultHighlightStyle),
          linter(jsonSyntaxLint, { delay: 300 }),
          lintGutter(),
          EditorView.lineWrapping,
          editorTheme,
          aria.current.of([]),
          masking.current.of(secretMasking()),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() === value) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: masking.current.reconfigure(revealed ? [] : secretMasking()),
    });
  }, [revealed]);

  useEffect(() => {
    view.current?.dispatch({
      effects: aria.current.reconfigure(
        EditorView.contentAttributes.of({
          id: contentId,
          'aria-labelledby': labelId,
          'aria-describedby': helperId,
          'aria-invalid': error ? 'true' : 'false',
          'aria-multiline': 'true',
          role: 'textbox',
        }),
      ),
    });
  }, [contentId, labelId, helperId, error]);

  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, minHeight: 30 }}>
        <FormLabel id={labelId} error={Boolean(error)} sx={{ flexGrow: 1 }}>
          {label}
        </FormLabel>
        {(revealed || secretValueRanges(value).length > 0) && (
          <SecretToggle
            revealed={revealed}
            onToggle={() => setRevealed((shown) => !shown)}
            controls={contentId}
            describedBy={labelId}
          />
        )}
      </Stack>
      <Box
        ref={host}
        sx={(theme) => ({
          border: 1,
          borderColor: error ? 'error.main' : 'divider',
          borderRadius: 1,
          '&:focus-within': { outline: `2px solid ${theme.palette.primary.main}` },
        })}
      />
      <FormHelperText id={helperId} error={Boolean(error)} aria-live="polite">
        {error ?? helperText ?? 'A JSON object of strings.'}
      </FormHelperText>
    </Box>
  );
}
