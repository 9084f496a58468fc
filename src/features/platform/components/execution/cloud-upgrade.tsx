import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { installedComponents } from '../../publish-mode';
import { CloudRequest } from './cloud-request';
import { ExecutionFailure } from './execution-failure';
import { ExecutionProgress } from './execution-progress';
import { ExecutionSteps } from './execution-steps';
import type { ExecutionView } from './execution-view';
import { scheduleText } from './schedule-text';

/** What OutSystems installs with a cloud Development upgrade to 11.11.3 or earlier. */
function InstalledComponents({ view }: { view: ExecutionView }) {
  const { env, plan } = view;
  const done = env.execution.status === 'done';
  const names = done
    ? env.execution.installedComponents
    : installedComponents({ role: env.role, hosting: env.hosting }, plan.to);
  if (names.length === 0) return null;
  return (
    <div>
      <Typography variant="body2">
        {done
          ? 'OutSystems installed the latest version of these components:'
          : 'Upgrading Development to 11.11.3 or earlier, OutSystems also installs the latest version of:'}
      </Typography>
      <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }}>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </Typography>
    </div>
  );
}

/**
 * OutSystems Cloud: OutSystems upgrades the Platform Server on request, "coordinating with you in
 * every step of the way": the request, an infrastructure admin's approval, the upgrade itself.
 */
export function CloudUpgrade({ view }: { view: ExecutionView }) {
  const { env, canAct } = view;
  return (
    <Stack spacing={2}>
      <CloudRequest
        view={view}
        failure={(retry, retrying) => (
          <ExecutionFailure env={env} onRetry={canAct ? retry : undefined} retrying={retrying} />
        )}
      />
      <ExecutionSteps env={env} label="Cloud upgrade steps" />
      {env.execution.status === 'scheduled' && env.schedule && (
        <Typography variant="body2">
          {`Approved: OutSystems upgrades it on ${scheduleText(env.schedule)}.`}
        </Typography>
      )}
      <ExecutionProgress env={env} />
      <InstalledComponents view={view} />
    </Stack>
  );
}
