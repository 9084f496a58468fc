import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link } from 'react-router';
import type { AppVersion, AppVersionAction } from '@/contract/self-hosted';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { offeredActions, type OfferedAction } from './offered-actions';
import { useDialogLinkState } from '@/lib/route-dialog';

const dialogOf: Record<AppVersionAction, (applicationId: string, version: string) => string> = {
  register: paths.selfHosted.registerVersion.href,
  withdraw: paths.selfHosted.withdrawRegistration.href,
  'confirm-update': paths.selfHosted.confirmUpdate.href,
  'confirm-reactivate': paths.selfHosted.confirmReactivate.href,
};

const isConfirm = (action: AppVersionAction) =>
  action === 'confirm-update' || action === 'confirm-reactivate';

/** Shown, focusable and described, but does nothing: the reason says why. */
function UnavailableAction({ offer, reasonId }: { offer: OfferedAction; reasonId: string }) {
  return (
    <Button
      variant="outlined"
      size="small"
      aria-disabled="true"
      aria-describedby={reasonId}
      onClick={(event) => event.preventDefault()}
      sx={{
        color: 'text.secondary',
        borderColor: 'divider',
        borderStyle: 'dashed',
        cursor: 'not-allowed',
        '&:hover': { borderColor: 'divider', borderStyle: 'dashed', bgcolor: 'transparent' },
      }}
    >
      {offer.label}
    </Button>
  );
}

/**
 * The actions that fit a version now, each opening its dialog at its URL. People without
 * "app-versions:switch" see none; the API refuses them anyway.
 */
export function VersionActions({
  applicationId,
  version,
}: {
  applicationId: string;
  version: AppVersion;
}) {
  const allowed = usePermission('app-versions:switch');
  const baseId = useId();
  const linkState = useDialogLinkState();
  if (!allowed) return null;
  const offers = offeredActions(version);
  if (offers.length === 0) return null;
  const reasons = [...new Set(offers.flatMap((o) => (o.reason ? [o.reason] : [])))];
  const reasonId = (reason: string) => `${baseId}-reason-${String(reasons.indexOf(reason))}`;

  return (
    <Stack spacing={0.75} sx={{ alignItems: { xs: 'stretch', sm: 'flex-end' }, minWidth: 0 }}>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', justifyContent: { sm: 'flex-end' } }}
      >
        {offers.map((offer) =>
          offer.reason ? (
            <UnavailableAction key={offer.action} offer={offer} reasonId={reasonId(offer.reason)} />
          ) : (
            <Button
              key={offer.action}
              size="small"
              variant={isConfirm(offer.action) ? 'contained' : 'outlined'}
              component={Link}
              to={dialogOf[offer.action](applicationId, version.version)}
              // Closing the dialog steps back in history rather than adding an entry.
              state={linkState}
            >
              {offer.label}
            </Button>
          ),
        )}
      </Stack>
      {reasons.map((reason) => (
        <Typography
          key={reason}
          id={reasonId(reason)}
          variant="caption"
          color="textSecondary"
          sx={{ maxWidth: 420, textAlign: { sm: 'right' } }}
        >
          {reason}
        </Typography>
      ))}
    </Stack>
  );
}
