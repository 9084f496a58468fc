import Box from '@mui/material/Box';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { absoluteTime, relativeTime } from '@/lib/format';
import { rowPart } from './row-parts';

/** "3 hours ago", with the date and time on hover. */
export function Timestamp({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={absoluteTime(iso)}>
      {relativeTime(iso)}
    </time>
  );
}

/** A dash on screen; words for screen readers ("No", "Never upgraded"). */
export function NoValue({ text }: { text: string }) {
  return (
    <>
      <Box component="span" aria-hidden="true" sx={{ color: 'text.secondary' }}>
        —
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {text}
      </Box>
    </>
  );
}

/**
 * "Yes → v10" when a newer version is there to take, else "No" (a dash on screen). Only in table
 * rows: plain elements styled by the table body (`rowPart`), like `NoValue` otherwise.
 */
export function NewerVersion({ version }: { version: string | undefined }) {
  if (version === undefined) {
    return (
      <>
        <span className={rowPart.muted} aria-hidden="true">
          —
        </span>
        <span className={rowPart.hidden}>No</span>
      </>
    );
  }
  return <span className={rowPart.accent}>Yes → {version}</span>;
}
