import { useState } from 'react';
import { OutlinedTextField } from '@/components/list/outlined-text-field';
import { useAppliedText } from '@/components/list/use-applied-text';
import type { StaticRules } from '@/theme/static-class';
import { parseVersionInput } from '../version-filters';

interface ApplicationVersionFieldProps {
  /** The version currently applied (from the URL). */
  value: number | undefined;
  onCommit: (version: number | undefined) => void;
  /** A module constant (see `useStaticClass`). */
  sx?: StaticRules;
}

const asText = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * Applied like the search: once typing pauses, or at once on Enter. Text that is not a version
 * gets a message under the field and leaves the URL (and the list) as they were.
 */
export function ApplicationVersionField({ value, onCommit, sx }: ApplicationVersionFieldProps) {
  const [error, setError] = useState<string | null>(null);
  const { text, setText, apply } = useAppliedText({
    value,
    toText: asText,
    read: (raw) => {
      const input = parseVersionInput(raw);
      setError(input.ok ? null : input.message);
      return input.ok ? { value: input.value } : undefined;
    },
    onCommit,
    onOutside: () => setError(null),
  });

  return (
    <OutlinedTextField
      label="Application version"
      placeholder="Any"
      value={text}
      error={error !== null}
      helperText={error}
      onChange={(event) => {
        setText(event.target.value);
        // A fixed value clears the message at once; a wrong one waits for the pause.
        if (parseVersionInput(event.target.value).ok) setError(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
      sx={sx}
      htmlInput={{ inputMode: 'numeric', autoComplete: 'off', spellCheck: false }}
    />
  );
}
