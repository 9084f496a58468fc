import { keyframes } from '@mui/material/styles';
import { ProgressBar } from '@/components/feedback/progress-bar';
import { useShownAfter } from '@/lib/use-shown-after';

/** How long a request runs before its bar shows: fast answers never show it at all. */
const SHOW_AFTER_MS = 200;

const appear = keyframes`from { opacity: 0; } to { opacity: 1; }`;

/**
 * A thin bar over the top edge of a list's panel while a request is in flight, mounted only once
 * the request has run for a moment: a fast answer mounts nothing (MUI's bar brings keyframes
 * whose first insertion restyles the whole page).
 */
export function LoadingBar({ active, label }: { active: boolean; label: string }) {
  if (!useShownAfter(active, SHOW_AFTER_MS)) return null;
  return (
    <ProgressBar
      aria-label={label}
      sx={{
        position: 'absolute',
        inset: '0 0 auto 0',
        height: 3,
        zIndex: 1,
        animation: `${appear} 150ms ease-in both`,
      }}
    />
  );
}

/** Rows of the previous request, dimmed after a short pause while the next one loads. */
export function staleSx(stale: boolean) {
  return { opacity: stale ? 0.6 : 1, transition: stale ? 'opacity 150ms 200ms' : 'none' };
}
