import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { DeployedVia, type ApplicationListParams } from '@/contract/applications';
import { ANY, ChoiceFilter, YesNoFilter } from '@/components/list/choice-filter';
import { toolbarButtonSx } from '@/components/list/list-toolbar';
import type { ListControls } from '@/components/list/use-list-controls';
import { applyToggles } from '../list-params';
import { ApplicationVersionField } from './application-version-field';
import { deployedViaLabels } from './labels';
import { ProjectFilter } from './project-filter';
import { ProjectVersionFilter } from './project-version-filter';
import { StatusFilter } from './status-filter';

const deployedViaOptions = DeployedVia.options.map((value) => ({
  value,
  label: deployedViaLabels[value],
}));

const narrowField = { flex: '1 1 150px', maxWidth: 220 };

/** The Applications list's filters, after the search box. */
export function ApplicationFilters({ list }: { list: ListControls<ApplicationListParams> }) {
  const { params, filter, update } = list;
  const moreId = useId();
  const moreActive = Number(params.applicationVersion !== undefined) + Number(!!params.deployedVia);
  const [moreOpen, setMoreOpen] = useState(moreActive > 0);

  return (
    <>
      <StatusFilter
        value={params.status ?? []}
        onChange={(status) =>
          update((c) => ({
            ...c,
            status: applyToggles(c.status, params.status ?? [], status),
            page: 1,
          }))
        }
      />
      <ProjectFilter
        value={params.project ?? []}
        onChange={(project) =>
          update((c) => ({
            ...c,
            project: applyToggles(c.project, params.project ?? [], project),
            page: 1,
          }))
        }
        sx={{ flex: '1 1 160px', maxWidth: 260 }}
      />
      <ProjectVersionFilter
        value={params.projectVersion}
        projectIds={params.project ?? []}
        onChange={(projectVersion) => filter({ projectVersion })}
        sx={narrowField}
      />
      <YesNoFilter
        label="Upgrade available"
        value={params.upgradeAvailable}
        onChange={(upgradeAvailable) => filter({ upgradeAvailable })}
      />
      {/* Narrow screens keep the less-used filters behind this button; wide ones show them all. */}
      <Button
        aria-expanded={moreOpen}
        aria-controls={moreId}
        endIcon={moreOpen ? <ExpandLessIcon /> : <ExpandMoreIcon />}
        onClick={() => setMoreOpen((open) => !open)}
        sx={{ ...toolbarButtonSx, display: { md: 'none' } }}
      >
        {moreActive > 0 ? `More filters (${String(moreActive)})` : 'More filters'}
      </Button>
      <Box id={moreId} sx={{ display: { xs: moreOpen ? 'contents' : 'none', md: 'contents' } }}>
        <ApplicationVersionField
          value={params.applicationVersion}
          onCommit={(applicationVersion) => filter({ applicationVersion })}
          sx={narrowField}
        />
        <ChoiceFilter
          label="Deployed via"
          value={params.deployedVia ?? ANY}
          options={deployedViaOptions}
          onChange={(deployedVia) => filter({ deployedVia })}
        />
      </Box>
    </>
  );
}
