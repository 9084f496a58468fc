import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { PlanBlocker } from '@/contract/platform-plans';

/** What to do about each blocker, in the seed's words. */
const whatToDo: Record<PlanBlocker['code'], string> = {
  'lifetime-behind':
    'When upgrading your infrastructure, make sure that LifeTime is the most up-to-date environment. If you are running OutSystems 10 or previous, first you must upgrade your LifeTime management console to the latest version: the plan upgrades it first.',
  'lifetime-shared':
    'Starting on version 11, LifeTime is only supported when installed in a dedicated environment. Reinstall LifeTime in a dedicated environment before the application environments are upgraded.',
};

/** LifeTime behind or shared: what stands in the way and what to do, before anything else. */
export function BlockersAlert({ blockers }: { blockers: readonly PlanBlocker[] }) {
  const open = blockers.filter((b) => !b.resolved);
  const resolved = blockers.filter((b) => b.resolved);
  if (blockers.length === 0) return null;
  return (
    <>
      {open.length > 0 ? (
        <Alert severity="error">
          <AlertTitle>
            {open.length === 1
              ? 'One thing blocks this upgrade'
              : `${String(open.length)} things block this upgrade`}
          </AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {open.map((b) => (
              <li key={b.code}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {b.message}
                </Typography>
                <Typography variant="body2">{`What to do: ${whatToDo[b.code]}`}</Typography>
              </li>
            ))}
          </Box>
        </Alert>
      ) : null}
      {resolved.length > 0 ? (
        <Alert severity="success" variant="outlined" role="note">
          <AlertTitle>Resolved</AlertTitle>
          {resolved.map((b) => (
            <Typography key={b.code} variant="body2">
              {b.message}
            </Typography>
          ))}
        </Alert>
      ) : null}
    </>
  );
}
