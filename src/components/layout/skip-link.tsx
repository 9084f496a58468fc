import { DrawnLink } from './drawn-link';

/** First focusable element: jumps keyboard users past the header and navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <DrawnLink
      href={`#${targetId}`}
      onClick={(event) => {
        // Focus directly instead of changing the URL hash, which the router would record.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
      underline="always"
      sx={(theme) => ({
        position: 'absolute',
        left: 8,
        top: -64,
        zIndex: theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        boxShadow: 3,
        '&:focus': { top: 8 },
      })}
    >
      Skip to content
    </DrawnLink>
  );
}
