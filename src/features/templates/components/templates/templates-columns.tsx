import Box from '@mui/material/Box';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { TemplateSortField, TemplateSummary } from '@/contract/templates';
import { paths } from '@/config/paths';
import { Timestamp } from '@/components/list/cells';
import { nameColumn } from '@/components/list/column-kinds';
import type { ListColumn } from '@/components/list/list-column';
import { formatCount } from '@/lib/format';

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

export const templateColumns: readonly ListColumn<TemplateSummary, TemplateSortField>[] = [
  nameColumn((t) => paths.templates.detail.href(t.id)),
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
