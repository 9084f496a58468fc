import Box from '@mui/material/Box';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { TemplateSortField, TemplateSummary } from '@/contract/templates';
import { paths } from '@/config/paths';
import { absoluteTime, formatCount, relativeTime } from '@/lib/format';
import type { PagedColumn } from './paged-table';
import { RowLink } from './row-link';

export function Timestamp({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={absoluteTime(iso)}>
      {relativeTime(iso)}
    </time>
  );
}

/** Icon and words, never colour alone. */
export function UnpublishedMarker() {
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center', color: 'warning.main' }}
    >
      <EditNoteIcon aria-hidden="true" fontSize="small" />
      <Box component="span" sx={{ color: 'text.primary' }}>
        Unpublished changes
      </Box>
    </Box>
  );
}

export const templateColumns: readonly PagedColumn<TemplateSummary, TemplateSortField>[] = [
  {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    render: (t) => <RowLink to={paths.templates.detail.href(t.id)}>{t.name}</RowLink>,
  },
  {
    id: 'latestVersion',
    label: 'Latest version',
    sort: 'latestVersion',
    render: (t) => t.latestVersion,
  },
  {
    id: 'versions',
    label: 'Versions',
    minTableWidth: 700,
    render: (t) => formatCount(t.versionCount),
  },
  {
    id: 'components',
    label: 'Components',
    sort: 'componentCount',
    minTableWidth: 700,
    render: (t) => formatCount(t.componentCount),
  },
  {
    id: 'source',
    label: 'Source application',
    render: (t) => (t.hasUnpublishedChanges ? <UnpublishedMarker /> : 'Published'),
  },
  {
    id: 'updatedAt',
    label: 'Updated',
    sort: 'updatedAt',
    minTableWidth: 900,
    render: (t) => <Timestamp iso={t.updatedAt} />,
  },
];
