import Box from '@mui/material/Box';
import type { SelfHostedApplication, SelfHostedSortField } from '@/contract/self-hosted';
import { NewerVersion } from '@/components/list/cells';
import { sortedField, updatedColumn, valueColumn } from '@/components/list/column-kinds';
import {
  NARROW,
  NARROW_WIDTH,
  numericColumn,
  wrappedHeaderSx,
  type ListColumn,
} from '@/components/list/list-column';
import { RowLink } from '@/components/list/row-link';
import { paths } from '@/config/paths';
import { formatCount } from '@/lib/format';
import { AppState } from './app-state';

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
  sortedField('activeVersion', 'Active version', { numeric: true }),
  sortedField('newestVersion', 'Newest version', { minTableWidth: NARROW_WIDTH, numeric: true }),
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
  valueColumn('tenants', 'Tenants', (app) => formatCount(app.tenantCount), {
    minTableWidth: 900,
    numeric: true,
  }),
  updatedColumn({ minTableWidth: 1100, numeric: true }),
];
