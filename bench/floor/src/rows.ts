import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

const rowSchema = z.object({
  name: z.string(),
  project: z.string(),
  version: z.string(),
  status: z.enum(['running', 'upgrading', 'failed', 'stopped']),
  updated: z.iso.datetime(),
});

const rowsSchema = z.object({ items: z.array(rowSchema) });

export type Row = z.infer<typeof rowSchema>;

async function fetchRows(count: number): Promise<Row[]> {
  const response = await fetch(`/floor-api/rows?count=${String(count)}`);
  if (!response.ok) throw new Error(`The rows did not load (HTTP ${String(response.status)}).`);
  return rowsSchema.parse(await response.json()).items;
}

function rowsOptions(count: number) {
  return queryOptions({ queryKey: ['rows', count], queryFn: () => fetchRows(count) });
}

export function useRows(count: number) {
  return useQuery(rowsOptions(count));
}
