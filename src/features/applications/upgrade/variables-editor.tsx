import { json } from '@codemirror/lang-json';
import { useMemo, useState } from 'react';
import { CodeEditor } from '@/components/form/code-editor';
import { jsonSyntaxLint, secretMasking } from './secret-masking';
import { secretValueRanges } from './secret-ranges';
import { SecretToggle } from './secret-toggle';
import { secretMaskTheme } from './variables-editor-theme';

const jsonLanguage = json();

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
 * The JSON editor for connector variables, with inline syntax diagnostics. Values of
 * secret-looking keys show as bullets until "Show secret values" is pressed.
 */
export function VariablesEditor({ label, value, onChange, error, helperText }: Props) {
  const [revealed, setRevealed] = useState(false);
  const masking = useMemo(() => [secretMaskTheme, revealed ? [] : secretMasking()], [revealed]);
  return (
    <CodeEditor
      label={label}
      value={value}
      onChange={onChange}
      language={jsonLanguage}
      lint={jsonSyntaxLint}
      extensions={masking}
      error={error}
      helperText={helperText ?? 'A JSON object of strings.'}
      labelAction={({ contentId, labelId }) =>
        (revealed || secretValueRanges(value).length > 0) && (
          <SecretToggle
            revealed={revealed}
            onToggle={() => setRevealed((shown) => !shown)}
            controls={contentId}
            describedBy={labelId}
          />
        )
      }
    />
  );
}
