import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import type { Row } from './rows';

interface SearchValues {
  search: string;
}

/** A search field registered with react-hook-form, and the rows whose name or project match. */
export function useRowSearch(rows: Row[]) {
  const { register, control } = useForm<SearchValues>({ defaultValues: { search: '' } });
  const search = useWatch({ control, name: 'search' });
  const matching = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (!needle) return rows;
    return rows.filter((row) => row.name.includes(needle) || row.project.includes(needle));
  }, [rows, search]);
  return { field: register('search'), matching };
}

interface SearchBarProps {
  field: UseFormRegisterReturn<'search'>;
  count: number;
}

export function SearchBar({ field, count }: SearchBarProps) {
  const { ref, ...props } = field;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
      <TextField label="Search" type="search" size="small" inputRef={ref} {...props} />
      <Typography role="status">{count} rows</Typography>
    </Stack>
  );
}
