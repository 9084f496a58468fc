import type { ApplicationListParams } from '@/contract/applications';
import { choiceFilter, flagFilter } from '@/components/list/choice-filter';
import { MoreFilters } from '@/components/list/more-filters';
import type { ListControls } from '@/components/list/use-list-controls';
import { ApplicationVersionField } from './application-version-field';
import { deployedViaLabels } from './labels';
import { ProjectFilter } from './project-filter';
import { ProjectVersionFilter } from './project-version-filter';
import { StatusFilter } from './status-filter';

const narrowField = { flex: '1 1 150px', maxWidth: 220 };
const UpgradeAvailableFilter = flagFilter('Upgrade available', 'upgradeAvailable');
const DeployedViaFilter = choiceFilter('Deployed via', 'deployedVia', deployedViaLabels);

/** The Applications list's filters, after the search box. */
export function ApplicationFilters({ list }: { list: ListControls<ApplicationListParams> }) {
  const { params, filter, toggle } = list;
  const moreActive = Number(params.applicationVersion !== undefined) + Number(!!params.deployedVia);
  return (
    <>
      <StatusFilter value={params.status ?? []} onChange={(picked) => toggle('status', picked)} />
      <ProjectFilter
        value={params.project ?? []}
        onChange={(picked) => toggle('project', picked)}
        sx={{ flex: '1 1 160px', maxWidth: 260 }}
      />
      <ProjectVersionFilter
        value={params.projectVersion}
        projectIds={params.project ?? []}
        onChange={(projectVersion) => filter({ projectVersion })}
        sx={narrowField}
      />
      <UpgradeAvailableFilter list={list} />
      <MoreFilters active={moreActive}>
        <ApplicationVersionField
          value={params.applicationVersion}
          onCommit={(applicationVersion) => filter({ applicationVersion })}
          sx={narrowField}
        />
        <DeployedViaFilter list={list} />
      </MoreFilters>
    </>
  );
}
