import UpgradeIcon from '@mui/icons-material/Upgrade';
import WarningAmberIcon from '@mui/icons-material/WarningAmberOutlined';
import { NoValue } from '@/components/list/cells';
import { nameColumn, updatedColumn, valueColumn } from '@/components/list/column-kinds';
import { numericColumn, wrappedHeaderSx, type ListColumn } from '@/components/list/list-column';
import type { ServerSortField, ServerSummary } from '@/contract/servers';
import { paths } from '@/config/paths';
import { IconLabel } from '../detail/icon-label';
import { ServerStateLabel } from '../detail/server-state-label';

const upgrade = { icon: <UpgradeIcon fontSize="inherit" />, color: 'primary.main' };
const warning = { icon: <WarningAmberIcon fontSize="inherit" />, color: 'warning.main' };

export const serverColumns: readonly ListColumn<ServerSummary, ServerSortField>[] = [
  nameColumn((s) => paths.servers.detail.href(s.id)),
  { id: 'project', label: 'Project', minTableWidth: 760, render: (s) => s.project },
  {
    id: 'packageVersion',
    label: 'Package version',
    sort: 'packageVersion',
    headerSx: wrappedHeaderSx,
    render: (s) => s.packageVersion ?? 'Images never pulled',
  },
  valueColumn('scriptVersion', 'Script version', (s) => s.scriptVersion, { minTableWidth: 900 }),
  valueColumn('state', 'State', (s) => <ServerStateLabel state={s.state} />, {
    minTableWidth: 560,
  }),
  {
    id: 'upgrade',
    label: 'Upgrade',
    headerSx: wrappedHeaderSx,
    render: (s) =>
      s.upgradeAvailable ? (
        <IconLabel look={upgrade}>Upgrade to {s.latestVersion}</IconLabel>
      ) : (
        <NoValue text="Up to date" />
      ),
  },
  {
    id: 'runners',
    label: 'Runners below minimum',
    minTableWidth: 660,
    ...numericColumn,
    render: (s) =>
      s.runnersBelowMinimum > 0 ? (
        <IconLabel look={warning}>{s.runnersBelowMinimum}</IconLabel>
      ) : (
        <NoValue text="None" />
      ),
  },
  updatedColumn({ minTableWidth: 1000 }),
];
