import Box from '@mui/material/Box';
import type { SelfHostedApplication, SelfHostedSortField } from '@/contract/self-hosted';
import { NewerVersion, Timestamp } from '@/components/list/cells';
import {
  narrowerThan,
  numericColumn,
  wrappedHeaderSx,
  type ListColumn,
} from '@/components/list/list-column';
import { RowLink } from '@/components/list/row-link';
import { paths } from '@/config/paths';
import { formatCount } from '@/lib/format';
import { AppState } from './app-state';

/** Below this width the Status column moves under the name. */
const NARROW_WIDTH = 600;
const NARROW = narrowerThan(NARROW_WIDTH);

export const myApplicationColumns: readonly ListColumn<
  SelfHostedApplication,
  SelfHostedSortField
>[] = [
  {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    sx: { fontWeight: 500, minWidth: '10rem', [NARROW]: { minWidth: '7rem' } },
    headerSx: {},
    render: (app) => (
      <>
        <RowLink to={paths.selfHosted.detail.href(app.id)} plain>
          {app.name}
        </RowLink>
        {/* On a phone the Status column is hidden: its lines come under the name instead. */}
        <Box
          component="span"
          sx={{ display: 'none', [NARROW]: { display: 'block' }, mt: 0.5, fontSize: 13 }}
        >
          <AppState app={app} quiet />
        </Box>
      </>
    ),
  },
  {
    id: 'activeVersion',
    label: 'Active version',
    sort: 'activeVersion',
    ...numericColumn,
    render: (app) => app.activeVersion,
  },
  {
    id: 'newestVersion',
    label: 'Newest version',
    sort: 'newestVersion',
    minTableWidth: NARROW_WIDTH,
    ...numericColumn,
    render: (app) => app.newestVersion,
  },
  {
    id: 'updateAvailable',
    label: 'Update available',
    ...numericColumn,
    render: (app) => <NewerVersion version={app.updateAvailable ? app.newestVersion : undefined} />,
  },
  {
    id: 'state',
    label: 'Status',
    minTableWidth: NARROW_WIDTH,
    sx: { minWidth: '12rem' },
    headerSx: wrappedHeaderSx,
    render: (app) => <AppState app={app} />,
  },
  {
    id: 'tenants',
    label: 'Tenants',
    minTableWidth: 900,
    ...numericColumn,
    render: (app) => formatCount(app.tenantCount),
  },
  {
    id: 'updatedAt',
    label: 'Updated',
    sort: 'updatedAt',
    minTableWidth: 1100,
    ...numericColumn,
    render: (app) => <Timestamp iso={app.updatedAt} />,
  },
];
