import { SelectPlaceholder } from './select-placeholder';
import type { ListControls } from './use-list-controls';
import { useSelectParts } from './use-select-parts';

export const ANY = '';

const sx = { flex: '1 1 150px', maxWidth: 220 };

interface ChoiceFilterProps<T extends string> {
  label: string;
  value: T | typeof ANY;
  /** Besides "Any", which clears this filter. */
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
}

export function ChoiceFilter<T extends string>({
  label,
  value,
  options,
  onChange,
}: ChoiceFilterProps<T>) {
  const parts = useSelectParts();
  if (!parts) {
    const shown = options.find((o) => o.value === value)?.label ?? 'Any';
    return <SelectPlaceholder label={label} value={shown} sx={sx} />;
  }
  const { TextField, MenuItem } = parts;
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value)}
      sx={sx}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value={ANY} dense>
        Any
      </MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value} dense>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

const yesNo = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;

/** Any, Yes or No: a filter on a flag ("Update available"). */
export function YesNoFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}) {
  return (
    <ChoiceFilter
      label={label}
      value={value === undefined ? ANY : value ? 'true' : 'false'}
      options={yesNo}
      onChange={(v) => onChange(v === undefined ? undefined : v === 'true')}
    />
  );
}

/** A list's Filters of one Yes/No filter on the flag `key` of its state. */
export function flagFilter<K extends string>(label: string, key: K) {
  type Flagged = Partial<Record<K, boolean>>;
  return function FlagFilter({ list }: { list: Pick<ListControls<Flagged>, 'params' | 'filter'> }) {
    return (
      <YesNoFilter
        label={label}
        value={list.params[key]}
        onChange={(value) => list.filter({ [key]: value } as Partial<Flagged>)}
      />
    );
  };
}

/** A list's Filters of one choice on the key `key` of its state: "Any", then `labels` in order. */
export function choiceFilter<K extends string, T extends string>(
  label: string,
  key: K,
  labels: Record<T, string>,
) {
  type Chosen = Partial<Record<K, T>>;
  const options = (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
  return function OneChoiceFilter({
    list,
  }: {
    list: Pick<ListControls<Chosen>, 'params' | 'filter'>;
  }) {
    return (
      <ChoiceFilter
        label={label}
        value={list.params[key] ?? ANY}
        options={options}
        onChange={(value) => list.filter({ [key]: value } as Partial<Chosen>)}
      />
    );
  };
}
