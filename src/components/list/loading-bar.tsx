import LinearProgress from '@mui/material/LinearProgress';
import { keyframes } from '@mui/material/styles';

// Fast answers never show the bar at all; slow ones get it after a short pause.
const appear = keyframes`from { opacity: 0; } to { opacity: 1; }`;

/** A thin bar over the top edge of a list's panel while a request is in flight. */
export function LoadingBar({ label }: { label: string }) {
  return (
    <LinearProgress
      aria-label={label}
      sx={{
        position: 'absolute',
        inset: '0 0 auto 0',
        height: 3,
        zIndex: 1,
        animation: `${appear} 150ms ease-in 200ms both`,
      }}
    />
  );
}

/** Rows of the previous request, dimmed after a short pause while the next one loads. */
export function staleSx(stale: boolean) {
  return { opacity: stale ? 0.6 : 1, transition: stale ? 'opacity 150ms 200ms' : 'none' };
}
