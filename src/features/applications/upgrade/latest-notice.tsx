import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useEffect, useRef } from 'react';
import type { ApplicationDetail } from '@/contract/application-detail';
import { upgradeTargets } from '../rules';
import { accessChangeText, type AccessChange } from './review-diff';

interface Props {
  app: ApplicationDetail;
  projectVersion: number | null;
  /** The person just asked for the latest: the button they pressed is gone, so focus comes here. */
  refreshed: boolean;
  /** The access change someone else saved meanwhile, taken in by that refresh. */
  takenIn: readonly AccessChange[];
  onChooseVersion: () => void;
  onRefresh: () => void;
}

/** Whether the review's choices still make an upgrade of the application as it is now. */
export function reviewBlocker(app: ApplicationDetail, projectVersion: number | null) {
  const targets = upgradeTargets(
    app.releases.map((r) => r.version),
    app.projectVersion,
  );
  if (projectVersion !== null && !targets.includes(projectVersion)) return 'outdated';
  if (app.status === 'upgrading') return 'running';
  return null;
}

/**
 * What the review says about the application as it is now, when that matters: the chosen version
 * is no longer higher (someone upgraded meanwhile), an upgrade is running, or it was just re-read
 * (with any access change saved meanwhile taken in).
 */
export function LatestNotice({
  app,
  projectVersion,
  refreshed,
  takenIn,
  onChooseVersion,
  onRefresh,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const blocker = reviewBlocker(app, projectVersion);
  useEffect(() => {
    if (refreshed) ref.current?.focus();
  }, [refreshed, blocker]);
  const now = `${app.name} now runs project version ${String(app.projectVersion)} (application version ${String(app.applicationVersion)})`;
  const action = (label: string, onClick: () => void) => (
    <Button color="inherit" size="small" onClick={onClick} sx={{ whiteSpace: 'nowrap' }}>
      {label}
    </Button>
  );

  if (blocker === 'outdated') {
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        severity="warning"
        role="alert"
        action={action('Choose the version', onChooseVersion)}
      >
        <AlertTitle>{`Project version ${String(projectVersion)} is no longer an upgrade`}</AlertTitle>
        {`${now}; an upgrade needs a released project version higher than that. Your other choices are kept.`}
      </Alert>
    );
  }
  if (blocker === 'running') {
    return (
      <Alert
        ref={ref}
        tabIndex={-1}
        severity="info"
        role="status"
        action={action('Review the latest', onRefresh)}
      >
        {`An upgrade of ${app.name} is running. Your choices are kept; once it has finished, review the latest and upgrade.`}
      </Alert>
    );
  }
  if (!refreshed) return null;
  const access =
    takenIn.length > 0
      ? ` Access now includes the change saved meanwhile (${takenIn.map(accessChangeText).join('; ')}), with your own choices on top.`
      : '';
  return (
    <Alert ref={ref} tabIndex={-1} severity="info" role="status">
      {`Shown as it is now: ${now}.${access} Check the changes above, then upgrade.`}
    </Alert>
  );
}
