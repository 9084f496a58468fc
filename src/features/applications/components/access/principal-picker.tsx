import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useDeferredValue, useEffect, useState, type Ref } from 'react';
import type { Principal } from './principal';
import { useDirectorySearch, type DirectoryKind } from './directory-search';

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
  const q = useDeferredValue(useDebounced(input.trim(), SEARCH_DEBOUNCE_MS));
  const search = useDirectorySearch(kind, q);
  const options: Principal[] = (search.data?.items ?? []).map((item) => ({
    id: item.id,
    name: item.name,
    roles: item.roles,
  }));
  const messages = [...(error ? [error] : []), ...Object.values(errors)];

  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      filterOptions={(x) => x}
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
