import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useId } from 'react';
import { Link } from 'react-router';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { useDialogLinkState } from '@/lib/route-dialog';
import type { FailedSwitch } from './use-work-outcomes';

interface FailedProps {
  app: SelfHostedApplicationDetail;
  failed: FailedSwitch;
  onDismiss: () => void;
}

/** A switch that failed while watched: the old version is still active, and how to try again. */
export function FailedSwitchNotice({ app, failed, onDismiss }: FailedProps) {
  const allowed = usePermission('app-versions:switch');
  const linkState = useDialogLinkState();
  const titleId = useId();
  const target = app.versions.find((v) => v.version === failed.to);
  const canRetry = allowed && target?.actions.includes('register');
  const what = failed.direction === 'update' ? 'The update' : 'The reactivation';
  return (
    <Alert
      severity="error"
      role="alert"
      aria-labelledby={titleId}
      onClose={onDismiss}
      closeText="Dismiss"
    >
      <AlertTitle
        id={titleId}
      >{`${what} to ${failed.to} failed: ${failed.active} is still the active version`}</AlertTitle>
      {`Users kept using ${failed.active} throughout and nothing changed for them. ${failed.title}: ${failed.detail}`}
      {canRetry && (
        <Button
          component={Link}
          to={paths.selfHosted.registerVersion.href(app.id, failed.to)}
          state={linkState}
          size="small"
          color="inherit"
          variant="outlined"
          sx={{ display: 'flex', mt: 1, width: 'fit-content' }}
        >
          {`Register ${failed.to} to test again`}
        </Button>
      )}
    </Alert>
  );
}
