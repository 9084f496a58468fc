import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { useUrlParams } from '@/lib/use-url-params';
import { useInstalledApplication } from '../../api/get-installed-application';
import { useTemplateUpgradeDiff } from '../../api/get-template-upgrade-diff';
import { DiffFailure } from '../diff/diff-failure';
import type { DiffViewOptions } from '../diff/diff-view-options';
import { UpgradeChoices } from './upgrade-choices';
import {
  parseUpgradePageParams,
  serializeUpgradePageParams,
  type UpgradePageParams,
} from './upgrade-page-params';
import { UpgradeProgress } from './upgrade-progress';

/**
 * Upgrade details: /installed-applications/:id/upgrade?to=&view options[&components=][&confirm=1]
 * [&operation=]
 */
export function UpgradeDetailsScreen({ applicationId }: { applicationId: string }) {
  const [params, setParams] = useUrlParams<UpgradePageParams>(
    parseUpgradePageParams,
    serializeUpgradePageParams,
  );
  const canUpgrade = usePermission('templates:upgrade');
  const app = useInstalledApplication(applicationId);
  const to = params.to ?? app.data?.upgradableVersions[0] ?? null;
  const diff = useTemplateUpgradeDiff(
    applicationId,
    { to: to ?? '', ignoreWhitespace: params.options.ignoreWhitespace },
    Boolean(to) && !params.operation,
  );
  const setOptions = useCallback(
    (update: (o: DiffViewOptions) => DiffViewOptions) =>
      setParams((p) => ({ ...p, options: update(p.options) })),
    [setParams],
  );
  const setComponents = useCallback(
    (update: (c: UpgradePageParams['components']) => UpgradePageParams['components']) =>
      setParams((p) => ({ ...p, components: update(p.components) })),
    [setParams],
  );

  if (app.isPending) return <PageSkeleton />;
  // Only a page that never loaded gives way to its failure: a failed refresh (e.g. after a
  // refused upgrade) keeps the page, with the comment and the choices on it.
  if (!app.data) {
    // Everything the page needs: the diff may have failed with the application.
    const retry = () => {
      void app.refetch();
      if (diff.isError) void diff.refetch();
    };
    return <PanelError error={app.error} onRetry={retry} retrying={app.isFetching} />;
  }
  const a = app.data;
  const versions =
    to && !a.upgradableVersions.includes(to) ? [to, ...a.upgradableVersions] : a.upgradableVersions;
  const running = a.currentUpgrade;

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.installed.detail.href(a.id)}>{`${a.name}: upgrade management`}</BackLink>
      <div>
        <Typography component="h1" variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          Upgrade details
        </Typography>
        <Typography color="textSecondary">
          {`${a.name}, installed from ${a.template.name}, runs ${a.version}.`}
        </Typography>
      </div>
      {params.operation ? (
        <UpgradeProgress
          applicationId={a.id}
          operationId={params.operation}
          latestUpgradeId={a.latestUpgradeId}
        />
      ) : versions.length === 0 ? (
        <Alert severity="success">{`${a.name} is up to date: ${a.version} is the latest version.`}</Alert>
      ) : (
        <>
          {running && (
            <Alert
              severity="warning"
              action={
                <Button
                  component={Link}
                  to={paths.installed.record.href(a.id, running.upgradeId)}
                  color="inherit"
                  size="small"
                >
                  Open its record
                </Button>
              }
            >
              <AlertTitle>
                {running.kind === 'rollback' ? 'A rollback is running' : 'An upgrade is running'}
              </AlertTitle>
              {`${running.fromVersion} → ${running.toVersion}: another upgrade is refused until it finishes.`}
            </Alert>
          )}
          <TextField
            select
            size="small"
            label="Upgrade to version"
            value={to ?? ''}
            onChange={(e) =>
              // Another version, another diff: back to its preselection.
              setParams((p) => ({ ...p, to: e.target.value, components: null, confirm: false }))
            }
            sx={{ maxWidth: 240 }}
          >
            {versions.map((v) => (
              <MenuItem key={v} value={v}>
                {a.upgradableVersions.includes(v) ? v : `${v} (not offered)`}
              </MenuItem>
            ))}
          </TextField>
          {diff.isError && !diff.data ? (
            <DiffFailure
              error={diff.error}
              hint={`${a.name} can be upgraded to: ${a.upgradableVersions.join(', ') || 'no version'}.`}
              onRetry={() => void diff.refetch()}
              retrying={diff.isFetching}
            />
          ) : diff.data ? (
            <UpgradeChoices
              key={diff.data.to}
              app={a}
              diff={diff.data}
              options={params.options}
              onOptionsChange={setOptions}
              refreshing={diff.isPlaceholderData}
              canUpgrade={canUpgrade && a.upgradableVersions.includes(diff.data.to)}
              components={params.components}
              setComponents={setComponents}
              confirmOpen={params.confirm}
            />
          ) : (
            <Typography color="textSecondary">Comparing the versions…</Typography>
          )}
        </>
      )}
    </Stack>
  );
}
