import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useDeferredValue, useEffect, useState, type Ref } from 'react';
import type { Principal } from './principal';
import { useDirectorySearch, type DirectoryKind } from './directory-search';
import { DIRECTORY_SEARCH_MAX } from '@/contract/identity';
import { formatCount } from '@/lib/format';

export const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  label: string;
  kind: DirectoryKind;
  value: Principal[];
  onChange: (value: Principal[]) => void;
  /** Problems by position in `value` (e.g. a chosen admin without ACTIVITI_ADMIN). */
  errors: Record<number, string>;
  /** A problem of the whole list rather than of one entry. */
  error?: string;
  helperText: string;
  onBlur?: () => void;
  /** Lets a form move focus here, e.g. to a field the server refused. */
  inputRef?: Ref<HTMLInputElement>;
}

function useDebounced(value: string, ms: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Users or groups, searched as you type against the directory; chosen ones show as chips. */
export function PrincipalPicker(props: Props) {
  const { label, kind, value, onChange, errors, error, helperText, onBlur, inputRef } = props;
  const [input, setInput] = useState('');
  const typed = input.trim();
  // Over the API's limit the search is said, not sent (and the text is kept, never cut).
  const tooLong =
    typed.length > DIRECTORY_SEARCH_MAX
      ? `Keep the search to ${String(DIRECTORY_SEARCH_MAX)} characters or fewer (${formatCount(typed.length)} typed).`
      : null;
  const q = useDeferredValue(useDebounced(typed, SEARCH_DEBOUNCE_MS));
  const search = useDirectorySearch(kind, q, q.length <= DIRECTORY_SEARCH_MAX);
  const options: Principal[] = tooLong
    ? []
    : (search.data?.items ?? []).map((item) => ({
        id: item.id,
        name: item.name,
        roles: item.roles,
      }));
  const messages = [
    ...(error ? [error] : []),
    ...Object.values(errors),
    ...(tooLong ? [tooLong] : []),
  ];
  const noOptionsText =
    tooLong ??
    (search.isError ? 'The directory could not be searched: type again to retry.' : 'No options');

  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      filterOptions={(x) => x}
      noOptionsText={noOptionsText}
      loading={search.isFetching}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      onChange={(_, next) => onChange(next)}
      onBlur={onBlur}
      getOptionLabel={(p) => p.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionKey={(p) => p.id}
      renderValue={(chosen, getItemProps) =>
        chosen.map((p, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              {...itemProps}
              label={p.name}
              color={errors[index] ? 'error' : 'default'}
              variant={errors[index] ? 'outlined' : 'filled'}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          inputRef={inputRef}
          error={messages.length > 0}
          helperText={messages.length > 0 ? messages.join(' ') : helperText}
        />
      )}
    />
  );
}
