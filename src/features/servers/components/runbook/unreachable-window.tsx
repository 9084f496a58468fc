import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { clockTime, formatDuration } from './step-text';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** Counts up from `down` while the server is unreachable. Not a live region: it ticks. */
function RunningWindow({ project, downAt }: { project: string; downAt: string }) {
  const now = useNow(1000);
  return (
    <Alert severity="warning">
      <bdi>{project}</bdi>
      {` has been unreachable for ${formatDuration(now - Date.parse(downAt))}, since ${clockTime(downAt)}.`}
    </Alert>
  );
}

/** The live unreachable window: a running timer from `down`, the measured one once `up` ended. */
export function UnreachableWindow({ upgrade }: { upgrade: ServerUpgrade }) {
  const { downAt, upAt, project } = upgrade;
  if (!downAt) return null;
  if (!upAt) return <RunningWindow project={project} downAt={downAt} />;
  return (
    <Typography>
      <bdi>{project}</bdi>
      {` was unreachable for ${formatDuration(Date.parse(upAt) - Date.parse(downAt))}, from ${clockTime(downAt)} to ${clockTime(upAt)}.`}
    </Typography>
  );
}
