import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { toggleSort } from '@/lib/list-params';
import { nameColumn, sortedColumn, sortedField, updatedColumn, valueColumn } from './column-kinds';
import type { ListColumn } from './list-column';
import { PagedTable } from './paged-table';
import { useListControls } from './use-list-controls';

interface Thing {
  id: string;
  name: string;
  size: number;
  owner: string;
  updatedAt: string;
}
type Sort = 'name' | 'size' | 'owner' | 'updatedAt';

const things: Thing[] = [
  { id: 't1', name: 'Thing 1', size: 3, owner: 'ana', updatedAt: '2024-05-01T10:00:00Z' },
  { id: 't2', name: 'Thing 2', size: 12, owner: 'bo', updatedAt: '2024-05-02T10:00:00Z' },
];

const columns: readonly ListColumn<Thing, Sort>[] = [
  nameColumn((t) => `/things/${t.id}`, { narrowCaption: (t) => `Size ${String(t.size)}` }),
  sortedField('size', 'Size', { minTableWidth: 600, numeric: true }),
  sortedColumn('owner', 'Owner', (t) => t.owner.toUpperCase()),
  valueColumn('parity', 'Parity', (t) => (t.size % 2 === 0 ? 'Even' : 'Odd')),
  updatedColumn(),
];

const rules = {
  nextSort: (c: { sort: Sort; order: 'asc' | 'desc' }, f: Sort) => toggleSort(c, f, []),
};

function Things() {
  const [params, setParams] = useState({
    page: 1,
    pageSize: 25,
    sort: 'name' as Sort,
    order: 'asc' as 'asc' | 'desc',
  });
  const list = useListControls(params, setParams, rules);
  return (
    <PagedTable
      label="Things"
      columns={columns}
      data={{ items: things, total: things.length }}
      query={{ isFetching: false, isPlaceholderData: false }}
      list={list}
    />
  );
}

const table = () => screen.getByRole('table', { name: 'Things' });
const firstRowCells = () => {
  const row = within(table()).getAllByRole('row')[1];
  if (!row) throw new Error('no first row');
  return within(row).getAllByRole('cell');
};
function emotionClass(element: HTMLElement): string {
  const found = Array.from(element.classList).find((c) => c.startsWith('css-'));
  if (!found) throw new Error('no emotion class');
  return found;
}

describe('column kinds', () => {
  it('make a sortable name column that names the row and links to its page', () => {
    renderWithProviders(<Things />);
    const name = within(table()).getByRole('rowheader', { name: 'Thing 1' });
    expect(within(name).getByRole('link', { name: 'Thing 1' })).toHaveAttribute(
      'href',
      '/things/t1',
    );
    expect(screen.getByRole('button', { name: 'Name, sorted ascending' })).toBeInTheDocument();
  });

  it('sort by their key when sorted, show the field or what render gives, and Updated as a time', () => {
    renderWithProviders(<Things />);
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Name',
      'Size',
      'Owner',
      'Parity',
      'Updated',
    ]);
    for (const sortable of ['Size', 'Owner', 'Updated']) {
      expect(within(table()).getByRole('button', { name: sortable })).toBeInTheDocument();
    }
    expect(within(table()).queryByRole('button', { name: 'Parity' })).not.toBeInTheDocument();
    const [size, owner, parity, updated] = firstRowCells();
    expect(size).toHaveTextContent('3');
    expect(size).toHaveStyle({ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' });
    expect(owner).toHaveTextContent('ANA');
    expect(parity).toHaveTextContent('Odd');
    expect(parity).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(updated?.querySelector('time')).toHaveAttribute('datetime', '2024-05-01T10:00:00Z');
  });

  it('give a narrow caption from a data attribute, shown only in a phone-wide table', () => {
    renderWithProviders(<Things />);
    const name = within(table()).getByRole('rowheader', { name: 'Thing 2' });
    expect(name).toHaveAttribute('data-caption', 'Size 12');
    // The caption is generated content: the cell's text (and so the row's name) stays the name.
    expect(name).toHaveTextContent(/^Thing 2$/);
    for (const cell of firstRowCells()) expect(cell).not.toHaveAttribute('data-caption');

    const css = Array.from(document.querySelectorAll('style'), (s) => s.textContent).join('\n');
    // Body cells are plain elements, styled by the table: the name is the rows' first th.
    const names = `.${emotionClass(table())}>tbody>tr>th:nth-of-type(1)`;
    const hidden = css.indexOf(`${names}::after{content:attr(data-caption);display:none;`);
    const shown = css.indexOf(`@container (width < 600px){${names}::after{display:block;}}`);
    expect(hidden).toBeGreaterThan(-1);
    // Later in the sheet, so the phone's rule wins.
    expect(shown).toBeGreaterThan(hidden);
  });
});
