import { startTransition, useEffect, useEffectEvent, useState, type Ref } from 'react';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';

export const SEARCH_DEBOUNCE_MS = 250;

interface SearchFieldProps {
  /** e.g. "Search applications". */
  label: string;
  placeholder?: string;
  /** The search currently applied (from the URL). */
  value: string;
  maxLength?: number;
  onCommit: (q: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Typing updates only local state, so every keystroke stays instant; the URL (and with it the
 * fetch) follows once typing pauses, inside a transition so rendering the new rows never blocks
 * the input.
 */
export function SearchField({
  label,
  placeholder = 'Name contains…',
  value,
  maxLength = 100,
  onCommit,
  inputRef,
}: SearchFieldProps) {
  const [text, setText] = useState(value);
  // `committed` is what this field last asked for; `seen` the last value the URL had. A URL
  // value that is neither came from outside (Back, Clear filters, a link): show it instead.
  const [committed, setCommitted] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setText(value);
    }
  }

  const apply = (next: string) => {
    if (next === committed) return;
    setCommitted(next);
    startTransition(() => onCommit(next));
  };
  const applyAfterPause = useEffectEvent(apply);

  useEffect(() => {
    const timer = setTimeout(() => applyAfterPause(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <TextField
      type="search"
      size="small"
      label={label}
      placeholder={placeholder}
      value={text}
      inputRef={inputRef}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply(text.trim());
      }}
      sx={{ flex: '2 1 240px', maxWidth: { sm: 380 } }}
      slotProps={{
        htmlInput: { maxLength, spellCheck: false, autoComplete: 'off' },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
