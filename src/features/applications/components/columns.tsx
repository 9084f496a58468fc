import type { ApplicationSortField, ApplicationSummary } from '@/contract/applications';
import { NewerVersion } from '@/components/list/cells';
import {
  nameColumn,
  sortedColumn,
  sortedField,
  updatedColumn,
  valueColumn,
} from '@/components/list/column-kinds';
import { NARROW, NARROW_WIDTH, type ListColumn } from '@/components/list/list-column';
import { paths } from '@/config/paths';
import { deployedViaLabels } from './labels';
import { StatusRowChip } from './status-row-chip';

// On a phone the versions move under the name (its narrow caption) instead of disappearing.
const version = { minTableWidth: NARROW_WIDTH, numeric: true };

export const applicationColumns: readonly ListColumn<ApplicationSummary, ApplicationSortField>[] = [
  nameColumn((app) => paths.applications.detail.href(app.id), {
    plain: true,
    // Names wrap at their hyphens when space is short; on a phone, anywhere.
    sx: {
      fontWeight: 500,
      minWidth: '11rem',
      [NARROW]: { minWidth: '6rem', overflowWrap: 'anywhere' },
    },
    headerSx: { [NARROW]: { whiteSpace: 'normal' } },
    narrowCaption: (app) => `Project v${app.projectVersion} · App v${app.applicationVersion}`,
  }),
  sortedColumn('project', 'Project', (app) => app.project.name, { minTableWidth: 900 }),
  sortedField('projectVersion', 'Project version', version),
  sortedField('applicationVersion', 'Application version', version),
  sortedColumn('status', 'Status', (app) => <StatusRowChip status={app.status} />),
  sortedColumn('deployedVia', 'Deployed via', (app) => deployedViaLabels[app.deployedVia], {
    minTableWidth: 960,
  }),
  valueColumn('upgradeAvailable', 'Upgrade available', (app) => (
    <NewerVersion version={app.upgradeAvailable ? `v${app.latestProjectVersion}` : undefined} />
  )),
  updatedColumn({ minTableWidth: 1220 }),
];
