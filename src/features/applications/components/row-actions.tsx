import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import type { ApplicationSummary } from '@/contract/applications';
import { LazyTooltip } from '@/components/feedback/lazy-tooltip';
import { usePermission } from '@/components/layout/require-permission';
import type { ActionsColumn } from '@/components/list/list-column';
import { paths } from '@/config/paths';
import { upgradeBlockedReason } from '../upgrade-availability';

interface RowPermissions {
  check: boolean;
  upgrade: boolean;
}

/**
 * "Upgrade" opens the wizard. When the application cannot be upgraded the button stays focusable
 * (aria-disabled, not disabled) so keyboard and pointer users alike can read why in its tooltip.
 */
function UpgradeRowAction({ app }: { app: ApplicationSummary }) {
  const reason = upgradeBlockedReason(app);
  const label = `Upgrade ${app.name}`;
  if (reason) {
    return (
      <LazyTooltip title={reason} describeChild>
        <IconButton
          size="small"
          aria-label={label}
          aria-disabled="true"
          sx={{ color: 'action.disabled', cursor: 'not-allowed' }}
        >
          <UpgradeIcon fontSize="small" />
        </IconButton>
      </LazyTooltip>
    );
  }
  return (
    <LazyTooltip title="Upgrade">
      <IconButton
        component={Link}
        to={paths.applications.upgrade.href(app.id)}
        size="small"
        aria-label={label}
      >
        <UpgradeIcon fontSize="small" />
      </IconButton>
    </LazyTooltip>
  );
}

/**
 * The list's query string goes along in the readiness check's URL, so closing it returns to the
 * list. Only this link follows the URL: the rows around it stay memoised while the search changes.
 */
function ReadinessCheckAction({ app }: { app: ApplicationSummary }) {
  const { search } = useLocation();
  return (
    <LazyTooltip title="Check upgrade readiness">
      <IconButton
        component={Link}
        to={paths.applications.readinessCheck.href(app.id, search)}
        size="small"
        aria-label={`Check upgrade readiness of ${app.name}`}
      >
        <FactCheckOutlinedIcon fontSize="small" />
      </IconButton>
    </LazyTooltip>
  );
}

/** Per-row actions; the table renders this only for people allowed to run at least one. */
function RowActions({ app, allowed }: { app: ApplicationSummary; allowed: RowPermissions }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      {allowed.check ? <ReadinessCheckAction app={app} /> : null}
      {allowed.upgrade ? <UpgradeRowAction app={app} /> : null}
    </Stack>
  );
}

/** The table's actions column, for people allowed at least one action; undefined otherwise. */
export function useRowActions(): ActionsColumn<ApplicationSummary> | undefined {
  const check = usePermission('applications:check');
  const upgrade = usePermission('applications:upgrade');
  return useMemo(() => {
    if (!check && !upgrade) return undefined;
    const allowed = { check, upgrade };
    return {
      label: 'Actions',
      render: (app) => <RowActions app={app} allowed={allowed} />,
    };
  }, [check, upgrade]);
}
