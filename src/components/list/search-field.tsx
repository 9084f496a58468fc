import { useCallback, type ChangeEvent, type KeyboardEvent, type Ref } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import { formatCount } from '@/lib/format';
import { OutlinedTextField } from './outlined-text-field';
import { useAppliedText } from './use-applied-text';

export { SEARCH_DEBOUNCE_MS } from './use-applied-text';

/** Invisible characters a pasted name often carries (zero-width space, word joiner, BOM). */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/** What is searched for: the visible characters, trimmed. */
export function searchTextOf(typed: string): string {
  return typed.replace(INVISIBLE, '').trim();
}

const fieldSx = { flex: '2 1 240px', maxWidth: { sm: 380 } };
const htmlInput = { spellCheck: false, autoComplete: 'off' };
const searchIcon = <SearchIcon fontSize="small" />;

interface SearchFieldProps {
  /** e.g. "Search applications". */
  label: string;
  placeholder?: string;
  /** The search currently applied (from the URL). */
  value: string;
  maxLength?: number;
  onCommit: (q: string) => void;
  /** Called after a short pause with the search about to apply, to fetch its rows ahead. */
  onPreview?: (q: string) => void;
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
  onPreview,
  inputRef,
}: SearchFieldProps) {
  const { text, setText, apply } = useAppliedText({
    value,
    toText: (v) => v,
    // An over-long search is not sent: the server would refuse it, and cutting it would search
    // for something the person did not type. What they typed stays, with the limit said.
    read: (raw) => {
      const next = searchTextOf(raw);
      return next.length > maxLength ? undefined : { value: next };
    },
    onCommit,
    onPreview,
  });

  const typed = searchTextOf(text);
  const tooLong =
    typed.length > maxLength
      ? `Keep the search to ${formatCount(maxLength)} characters or fewer (${formatCount(typed.length)} typed).`
      : undefined;

  // Stable handlers and constant props: when the search applies, the (memoised) field does not
  // re-render.
  const onChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => setText(event.target.value),
    [setText],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') apply();
    },
    [apply],
  );

  return (
    <OutlinedTextField
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      inputRef={inputRef}
      error={Boolean(tooLong)}
      helperText={tooLong && <span aria-live="polite">{tooLong}</span>}
      onChange={onChange}
      onKeyDown={onKeyDown}
      sx={fieldSx}
      htmlInput={htmlInput}
      startIcon={searchIcon}
    />
  );
}
