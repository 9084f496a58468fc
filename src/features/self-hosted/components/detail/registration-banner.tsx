import { useId } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import { Link as RouterLink, useLocation } from 'react-router';
import type { SelfHostedApplication } from '@/contract/self-hosted';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import { paths } from '@/config/paths';
import { relativeTime } from '@/lib/format';
import { useOperation } from '@/lib/operations';
import { bannerSx } from './switch-banner';

type Registration = NonNullable<SelfHostedApplication['registration']>;

interface RegistrationBannerProps {
  app: SelfHostedApplication;
  registration: Registration;
  /** The Versions tab is on screen: no link to it. */
  onVersionsTab: boolean;
}

/** A version being registered to test, or registered and waiting for Confirm Update/Reactivate. */
export function RegistrationBanner({ app, registration, onVersionsTab }: RegistrationBannerProps) {
  const titleId = useId();
  const listState: unknown = useLocation().state;
  const registering = registration.status === 'registering';
  const operation = useOperation(registering ? registration.operationId : undefined);
  const { version } = registration;
  const confirm = registration.direction === 'update' ? 'Confirm Update' : 'Confirm Reactivate';
  return (
    <Alert
      severity="info"
      variant="outlined"
      icon={registering ? <HourglassTopIcon /> : <ScienceOutlinedIcon />}
      role="region"
      aria-labelledby={titleId}
      sx={bannerSx}
    >
      <AlertTitle id={titleId}>
        {registering ? `Registering ${version} to test` : `${version} is registered for test`}
      </AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">
          {registering
            ? `${app.activeVersion} stays active while ${version} is deployed to the test environment.`
            : `${app.activeVersion} keeps serving users. ${confirm} on the Versions tab switches to ${version}.`}
        </Typography>
        {registering ? (
          <CompactOperationProgress
            operation={operation.data}
            label={`Registration of ${version}`}
          />
        ) : null}
        {!registering && registration.registeredBy && registration.registeredAt ? (
          <Typography variant="body2" color="textSecondary">
            Registered by {registration.registeredBy.name} {relativeTime(registration.registeredAt)}
          </Typography>
        ) : null}
        {!registering && !onVersionsTab ? (
          <Link
            component={RouterLink}
            to={paths.selfHosted.detail.href(app.id)}
            state={listState}
            variant="body2"
            sx={{ alignSelf: 'flex-start' }}
          >
            Go to Versions
          </Link>
        ) : null}
      </Stack>
    </Alert>
  );
}
