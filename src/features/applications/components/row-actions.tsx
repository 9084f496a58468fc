import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { ApplicationSummary } from '@/contract/applications';
import { LazyTooltip } from '@/components/feedback/lazy-tooltip';
import { usePermission } from '@/components/layout/require-permission';
import type { ActionsColumn } from '@/components/list/list-column';
import { PlainLink } from '@/components/list/plain-link';
import { RowIcon } from '@/components/list/row-icon';
import { rowPart } from '@/components/list/row-parts';
import { paths } from '@/config/paths';
import { upgradeBlockedReason } from '../upgrade-availability';

interface RowPermissions {
  check: boolean;
  upgrade: boolean;
}

const icons = {
  // From @mui/icons-material: Upgrade and FactCheckOutlined.
  upgrade: ['M16 18v2H8v-2zM11 7.99V16h2V7.99h3L12 4 8 7.99z'],
  check: [
    'M20 3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2m0 16H4V5h16z',
    'M19.41 10.42 17.99 9l-3.17 3.17-1.41-1.42L12 12.16 14.82 15zM5 7h5v2H5zm0 4h5v2H5zm0 4h5v2H5z',
  ],
};

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
        <button type="button" className={rowPart.action} aria-label={label} aria-disabled="true">
          <RowIcon paths={icons.upgrade} />
        </button>
      </LazyTooltip>
    );
  }
  return (
    <LazyTooltip title="Upgrade">
      <PlainLink
        to={paths.applications.upgrade.href(app.id)}
        className={rowPart.action}
        aria-label={label}
      >
        <RowIcon paths={icons.upgrade} />
      </PlainLink>
    </LazyTooltip>
  );
}

/**
 * The readiness check's link, with the list's query string in its URL so that closing the check
 * returns to the list as it was. Only this link follows the URL: the rows stay as they are while
 * the search changes.
 */
function ReadinessCheckAction({ app }: { app: ApplicationSummary }) {
  const { search } = useLocation();
  return (
    <LazyTooltip title="Check upgrade readiness">
      <PlainLink
        to={paths.applications.readinessCheck.href(app.id, search)}
        className={rowPart.action}
        aria-label={`Check upgrade readiness of ${app.name}`}
      >
        <RowIcon paths={icons.check} />
      </PlainLink>
    </LazyTooltip>
  );
}

/** Per-row actions; the table renders this only for people allowed to run at least one. */
function RowActions({ app, allowed }: { app: ApplicationSummary; allowed: RowPermissions }) {
  return (
    <div className={rowPart.actions}>
      {allowed.check ? <ReadinessCheckAction app={app} /> : null}
      {allowed.upgrade ? <UpgradeRowAction app={app} /> : null}
    </div>
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
