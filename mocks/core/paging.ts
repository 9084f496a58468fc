/** One page of an already filtered and sorted list, in the contract's page shape. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number) {
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), total: items.length, page, pageSize };
}

export function matchesText(query: string | undefined, ...fields: string[]): boolean {
  if (!query) return true;
  const needle = query.toLowerCase();
  return fields.some((f) => f.toLowerCase().includes(needle));
}
