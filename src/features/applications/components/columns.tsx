import type { CSSObject } from '@mui/material/styles';
import type { ApplicationSortField, ApplicationSummary } from '@/contract/applications';
import { NewerVersion, Timestamp } from '@/components/list/cells';
import {
  narrowerThan,
  numericColumn,
  shortColumn,
  type ListColumn,
} from '@/components/list/list-column';
import { RowLink } from '@/components/list/row-link';
import { paths } from '@/config/paths';
import { deployedViaLabels } from './labels';
import { StatusChip } from './status-chip';

const NARROW = narrowerThan(600);

/**
 * Names wrap at their hyphens when space is short; on a phone, anywhere. There the hidden
 * version columns reappear under the name, from the cell's data-versions attribute (generated
 * content, so the name's text stays the name).
 */
const nameSx: CSSObject = {
  fontWeight: 500,
  minWidth: '11rem',
  '&::after': {
    content: 'attr(data-versions)',
    display: 'none',
    fontWeight: 400,
    fontSize: 12.5,
    color: 'var(--upshift-palette-text-secondary)',
  },
  [NARROW]: { minWidth: '6rem', overflowWrap: 'anywhere', '&::after': { display: 'block' } },
};

type Column = ListColumn<ApplicationSummary, ApplicationSortField>;

export const applicationColumns: readonly Column[] = [
  {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    sx: nameSx,
    headerSx: { [NARROW]: { whiteSpace: 'normal' } },
    dataOf: (app) => ({
      'data-versions': `Project v${app.projectVersion} · App v${app.applicationVersion}`,
    }),
    render: (app) => (
      <RowLink to={paths.applications.detail.href(app.id)} plain>
        {app.name}
      </RowLink>
    ),
  },
  {
    id: 'project',
    label: 'Project',
    sort: 'project',
    minTableWidth: 900,
    ...shortColumn,
    render: (app) => app.project.name,
  },
  // Below 600 px the versions move under the name (see nameSx) instead of disappearing.
  {
    id: 'projectVersion',
    label: 'Project version',
    sort: 'projectVersion',
    minTableWidth: 600,
    ...numericColumn,
    render: (app) => app.projectVersion,
  },
  {
    id: 'applicationVersion',
    label: 'Application version',
    sort: 'applicationVersion',
    minTableWidth: 600,
    ...numericColumn,
    render: (app) => app.applicationVersion,
  },
  {
    id: 'status',
    label: 'Status',
    sort: 'status',
    ...shortColumn,
    render: (app) => <StatusChip status={app.status} />,
  },
  {
    id: 'deployedVia',
    label: 'Deployed via',
    sort: 'deployedVia',
    minTableWidth: 960,
    ...shortColumn,
    render: (app) => deployedViaLabels[app.deployedVia],
  },
  {
    id: 'upgradeAvailable',
    label: 'Upgrade available',
    ...shortColumn,
    render: (app) => (
      <NewerVersion version={app.upgradeAvailable ? `v${app.latestProjectVersion}` : undefined} />
    ),
  },
  {
    id: 'updatedAt',
    label: 'Updated',
    sort: 'updatedAt',
    minTableWidth: 1220,
    ...shortColumn,
    render: (app) => <Timestamp iso={app.updatedAt} />,
  },
];
