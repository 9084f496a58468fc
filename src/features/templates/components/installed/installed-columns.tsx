import Box from '@mui/material/Box';
import type { InstalledApplication, InstalledSortField } from '@/contract/template-upgrades';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { paths } from '@/config/paths';
import { UpgradeStatusLabel } from '../records/upgrade-status-label';
import type { PagedColumn } from '../templates/paged-table';
import { RowLink } from '../templates/row-link';
import { Timestamp } from '../templates/templates-columns';
import { NewerMarker } from './newer-marker';

function None({ text }: { text: string }) {
  return (
    <>
      <Box component="span" aria-hidden="true" sx={{ color: 'text.secondary' }}>
        —
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {text}
      </Box>
    </>
  );
}

export const installedColumns: readonly PagedColumn<InstalledApplication, InstalledSortField>[] = [
  {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    render: (a) => <RowLink to={paths.installed.detail.href(a.id)}>{a.name}</RowLink>,
  },
  {
    id: 'template',
    label: 'Template',
    sort: 'template',
    minTableWidth: 700,
    render: (a) => a.template.name,
  },
  {
    id: 'version',
    label: 'Installed version',
    sort: 'version',
    render: (a) => (
      <Box component="span" sx={{ display: 'grid', gap: 0.25 }}>
        <span>{a.version}</span>
        <NewerMarker app={a} />
      </Box>
    ),
  },
  {
    id: 'status',
    label: 'Upgrade status',
    minTableWidth: 560,
    render: (a) =>
      a.lastUpgradeStatus ? (
        <UpgradeStatusLabel status={a.lastUpgradeStatus} />
      ) : (
        <None text="Never upgraded" />
      ),
  },
  {
    id: 'updatedAt',
    label: 'Updated',
    sort: 'updatedAt',
    minTableWidth: 900,
    render: (a) => <Timestamp iso={a.updatedAt} />,
  },
];
