import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ServerDetail } from '@/contract/servers';

/** Seed: "during that duration self-hosted Appcircle server will be unreachable". */
export function DownBanner({ server }: { server: ServerDetail }) {
  return (
    <Alert severity="error" variant="outlined" role="region" aria-label="Server down">
      <AlertTitle>
        <bdi>{server.name}</bdi> is down — unreachable
      </AlertTitle>
      Its containers are stopped: nobody can reach it until <code>up</code> starts them again.
      {server.activeUpgradeId
        ? ' Its upgrade is not finished: continue it to bring the server back.'
        : null}
    </Alert>
  );
}
