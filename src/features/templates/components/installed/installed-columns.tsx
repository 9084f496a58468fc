import Box from '@mui/material/Box';
import type { InstalledApplication, InstalledSortField } from '@/contract/template-upgrades';
import { NoValue, Timestamp } from '@/components/list/cells';
import { nameColumn } from '@/components/list/column-kinds';
import type { ListColumn } from '@/components/list/list-column';
import { paths } from '@/config/paths';
import { UpgradeStatusLabel } from '../records/upgrade-status-label';
import { NewerMarker } from './newer-marker';

export const installedColumns: readonly ListColumn<InstalledApplication, InstalledSortField>[] = [
  nameColumn((a) => paths.installed.detail.href(a.id)),
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
        <NoValue text="Never upgraded" />
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
