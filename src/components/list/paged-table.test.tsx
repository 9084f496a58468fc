import { useEffect, useState } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { markContentPainted } from '@/lib/after-content';
import { toggleSort } from '@/lib/list-params';
import type { ActionsColumn, ListColumn } from './list-column';
import { PagedTable } from './paged-table';
import { RowLink } from './row-link';
import { useListControls } from './use-list-controls';

interface Thing {
  id: string;
  name: string;
  size: number;
}
type Sort = 'name' | 'size';

/** The pager's code loads after the page's content (none here: after a short wait). */
const SLOW = { timeout: 5000 };

const things: Thing[] = Array.from({ length: 60 }, (_, i) => ({
  id: `t${String(i + 1)}`,
  name: `Thing ${String(i + 1)}`,
  size: i + 1,
}));

const columns: readonly ListColumn<Thing, Sort>[] = [
  {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    render: (t) => <RowLink to={`/things/${t.id}`}>{t.name}</RowLink>,
  },
  { id: 'size', label: 'Size', sort: 'size', minTableWidth: 700, render: (t) => t.size },
];

const actions: ActionsColumn<Thing> = {
  label: 'Actions',
  render: (t) => <button type="button">Delete {t.name}</button>,
};

const rules = {
  nextSort: (c: { sort: Sort; order: 'asc' | 'desc' }, f: Sort) => toggleSort(c, f, []),
};

/** Lets a test replace the rows, as a background refresh would. */
const refresh: { rows?: (rows: Thing[]) => void } = {};

function Things(props: {
  withActions?: boolean;
  stale?: boolean;
  pageSizes?: readonly number[];
  count?: number;
}) {
  const { withActions = false, stale = false, pageSizes, count = things.length } = props;
  const [rows, setRows] = useState(things.slice(0, count));
  useEffect(() => {
    refresh.rows = setRows;
  }, []);
  const [params, setParams] = useState({
    page: 1,
    pageSize: pageSizes?.[0] ?? 25,
    sort: 'name' as Sort,
    order: 'asc' as 'asc' | 'desc',
  });
  const list = useListControls(params, setParams, rules);
  const start = (params.page - 1) * params.pageSize;
  const data = { items: rows.slice(start, start + params.pageSize), total: rows.length };
  return (
    <PagedTable
      label="Things"
      columns={columns}
      actions={withActions ? actions : undefined}
      data={data}
      query={{ isFetching: stale, isPlaceholderData: stale }}
      list={list}
      pageSizes={pageSizes}
    />
  );
}

const table = () => screen.getByRole('table', { name: 'Things' });
const header = (name: RegExp) => within(table()).getByRole('columnheader', { name });

/** The CSS emotion wrote for the page, where each container query's rules can be found. */
function styleText(): string {
  return Array.from(document.querySelectorAll('style'), (s) => s.textContent).join('\n');
}
function emotionClass(element: HTMLElement): string {
  const found = Array.from(element.classList).find((c) => c.startsWith('css-'));
  if (!found) throw new Error('no emotion class');
  return found;
}

afterEach(() => vi.restoreAllMocks());

describe('<PagedTable>', () => {
  it('says the sort on its header (aria-sort) and on the sort button, and sorts on a click', async () => {
    const { user } = renderWithProviders(<Things />);
    expect(header(/^Name/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Size/)).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('button', { name: 'Name, sorted ascending' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Size' }));
    expect(header(/^Size/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Name/)).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Size, sorted ascending' }));
    expect(header(/^Size/)).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('button', { name: 'Size, sorted descending' })).toBeInTheDocument();
  });

  it('names each row by its row header and adds an actions column only when given one', () => {
    const { unmount } = renderWithProviders(<Things />);
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(2);
    expect(within(table()).getAllByRole('rowheader')[0]).toHaveTextContent('Thing 1');
    unmount();

    renderWithProviders(<Things withActions />);
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers).toHaveLength(3);
    expect(headers[2]).toHaveAccessibleName('Actions');
    const first = within(table()).getAllByRole('row')[1];
    if (!first) throw new Error('no first row');
    expect(within(first).getByRole('button', { name: 'Delete Thing 1' })).toBeInTheDocument();
  });

  it('hides a column with a container query below its minimum table width', () => {
    renderWithProviders(<Things />);
    const css = styleText();
    // Header and body cells are plain elements, styled by the table: Size is the head's second
    // th and the rows' first td (the row's name is its th).
    expect(header(/^Size/)).toBe(table().querySelectorAll('thead th')[1]);
    const sizeHeader = `.${emotionClass(table())}>thead>tr>th:nth-of-type(2)`;
    expect(css).toContain(`@container (width < 700px){${sizeHeader}{display:none;}}`);
    const sizeCells = `.${emotionClass(table())}>tbody>tr>td:nth-of-type(1)`;
    expect(css).toContain(`@container (width < 700px){${sizeCells}{display:none;}}`);
    expect(css).not.toMatch(
      /@container \(width < 700px\)\{[^}]*>tr>th:nth-of-type\(1\)\{display:none/,
    );
    expect(table().parentElement).toHaveStyle({ containerType: 'inline-size' });
  });

  it('keeps focus on the pagination button across a page change, and on a neighbour when it is disabled', async () => {
    const { user } = renderWithProviders(<Things />);
    const next = await screen.findByRole('button', { name: 'Go to next page' }, SLOW);
    await user.click(next);
    expect(await screen.findByRole('rowheader', { name: 'Thing 26' })).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(next).toHaveFocus();

    // On the last page Next is disabled: focus goes to Previous, not to <body>.
    await user.click(next);
    expect(await screen.findByRole('rowheader', { name: 'Thing 51' })).toBeInTheDocument();
    expect(next).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toHaveFocus();
  });

  it('leaves out a pager with one page size and one page, and shows it from a second page', async () => {
    // With page sizes to choose from, even one page has its pager.
    const first = renderWithProviders(<Things count={3} />);
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
    first.unmount();

    const { unmount } = renderWithProviders(<Things pageSizes={[10]} count={10} />);
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(10);
    expect(screen.queryByRole('button', { name: 'Go to next page' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<Things pageSizes={[10]} count={11} />);
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(10);
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Go to next page' }, SLOW)).toBeEnabled();
    // One size to offer: no page-size menu.
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('moves focus to the first row when the focused row goes away, not to <body>', () => {
    renderWithProviders(<Things />);
    const link = screen.getByRole('link', { name: 'Thing 2' });
    link.focus();
    act(() => refresh.rows?.(things.filter((t) => t.id !== 't2')));
    expect(link).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Thing 1' })).toHaveFocus();
  });

  it('leaves focus alone when it is still on the page', () => {
    renderWithProviders(<Things />);
    const link = screen.getByRole('link', { name: 'Thing 3' });
    link.focus();
    act(() => refresh.rows?.(things.filter((t) => t.id !== 't2')));
    expect(link).toHaveFocus();
  });

  it('brings the first row into view when paging from below a long table', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { user } = renderWithProviders(<Things />);
    await user.click(await screen.findByRole('button', { name: 'Go to next page' }, SLOW));
    expect(scrollIntoView).not.toHaveBeenCalled();

    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: -400, width: 800, height: 1200 }),
    );
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    await waitFor(() => expect(screen.getByText('Page 3 of 3')).toBeInTheDocument());
  });

  it('dims stale rows at once, and shows the loading bar once a request has run for a moment', async () => {
    renderWithProviders(<Things stale />);
    expect(table()).toHaveAttribute('aria-busy', 'true');
    const body = within(table()).getAllByRole('rowgroup')[1];
    expect(body).toHaveStyle({ opacity: '0.6' });
    // A fast answer never shows the bar; a request still running after 200 ms does. The bar's
    // code loads once the page says its content has painted, as the page around a table does.
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    markContentPainted();
    expect(await screen.findByRole('progressbar', { name: 'Loading things' })).toBeInTheDocument();
  });
});
