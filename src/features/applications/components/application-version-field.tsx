import { startTransition, useEffect, useEffectEvent, useState } from 'react';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { parseVersionInput } from '../version-filters';
import { SEARCH_DEBOUNCE_MS } from '@/components/list/search-field';

interface ApplicationVersionFieldProps {
  /** The version currently applied (from the URL). */
  value: number | undefined;
  onCommit: (version: number | undefined) => void;
  sx?: SxProps<Theme>;
}

const asText = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * Applied like the search: once typing pauses, or at once on Enter. Text that is not a version
 * gets a message under the field and leaves the URL (and the list) as they were.
 */
export function ApplicationVersionField({ value, onCommit, sx }: ApplicationVersionFieldProps) {
  const [text, setText] = useState(asText(value));
  const [error, setError] = useState<string | null>(null);
  // As in SearchField: a URL value this field did not ask for came from outside; show it.
  const [committed, setCommitted] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setText(asText(value));
      setError(null);
    }
  }

  const apply = (raw: string) => {
    const input = parseVersionInput(raw);
    if (!input.ok) {
      setError(input.message);
      return;
    }
    setError(null);
    if (input.value === committed) return;
    setCommitted(input.value);
    startTransition(() => onCommit(input.value));
  };
  const applyAfterPause = useEffectEvent(apply);

  useEffect(() => {
    const timer = setTimeout(() => applyAfterPause(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <TextField
      size="small"
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
        if (event.key === 'Enter') apply(text);
      }}
      sx={sx}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false },
      }}
    />
  );
}
