import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { Timestamp } from '@/components/list/cells';
import type { ListColumn } from '@/components/list/list-column';
import type { UpgradeRecord } from '@/contract/template-upgrade-records';
import { paths } from '@/config/paths';
import { componentsText, fromTo } from './record-words';
import type { RecordsSort } from './records-params';
import { UpgradeStatusLabel } from './upgrade-status-label';

const nowrap = { whiteSpace: 'nowrap' } as const;

export const recordsColumns: readonly ListColumn<UpgradeRecord, RecordsSort>[] = [
  {
    id: 'upgrade',
    label: 'Upgrade',
    rowHeader: true,
    sx: nowrap,
    render: (r) => (
      <Link
        component={RouterLink}
        to={paths.installed.record.href(r.applicationId, r.id)}
        aria-label={`Upgrade ${fromTo(r)}, ${r.id}`}
      >
        {fromTo(r)}
      </Link>
    ),
  },
  { id: 'status', label: 'Status', render: (r) => <UpgradeStatusLabel status={r.status} /> },
  { id: 'components', label: 'Components', minTableWidth: 560, render: componentsText },
  { id: 'by', label: 'By', minTableWidth: 560, render: (r) => r.startedBy.name },
  { id: 'when', label: 'When', sx: nowrap, render: (r) => <Timestamp iso={r.startedAt} /> },
];
