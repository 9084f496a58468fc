import UpgradeIcon from '@mui/icons-material/Upgrade';
import WarningAmberIcon from '@mui/icons-material/WarningAmberOutlined';
import { NoValue, Timestamp } from '@/components/list/cells';
import {
  numericColumn,
  shortColumn,
  wrappedHeaderSx,
  type ListColumn,
} from '@/components/list/list-column';
import { RowLink } from '@/components/list/row-link';
import type { ServerSortField, ServerSummary } from '@/contract/servers';
import { paths } from '@/config/paths';
import { IconLabel } from '../detail/icon-label';
import { ServerStateLabel } from '../detail/server-state-label';

const upgrade = { icon: <UpgradeIcon fontSize="inherit" />, color: 'primary.main' };
const warning = { icon: <WarningAmberIcon fontSize="inherit" />, color: 'warning.main' };

export const serverColumns: readonly ListColumn<ServerSummary, ServerSortField>[] = [
  {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    render: (s) => <RowLink to={paths.servers.detail.href(s.id)}>{s.name}</RowLink>,
  },
  { id: 'project', label: 'Project', minTableWidth: 760, render: (s) => s.project },
  {
    id: 'packageVersion',
    label: 'Package version',
    sort: 'packageVersion',
    headerSx: wrappedHeaderSx,
    render: (s) => s.packageVersion ?? 'Images never pulled',
  },
  {
    id: 'scriptVersion',
    label: 'Script version',
    minTableWidth: 900,
    ...shortColumn,
    render: (s) => s.scriptVersion,
  },
  {
    id: 'state',
    label: 'State',
    minTableWidth: 560,
    ...shortColumn,
    render: (s) => <ServerStateLabel state={s.state} />,
  },
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
  {
    id: 'updatedAt',
    label: 'Updated',
    sort: 'updatedAt',
    minTableWidth: 1000,
    ...shortColumn,
    render: (s) => <Timestamp iso={s.updatedAt} />,
  },
];
