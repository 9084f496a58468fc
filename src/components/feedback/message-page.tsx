import { useEffect, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { stackSx } from '@/components/layout/stack-sx';

interface MessagePageProps {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** Move focus to the heading when shown, e.g. after the page was replaced by this message. */
  focusHeading?: boolean;
}

/** A whole-page message (error, not found, signed out) with the page's only h1. */
export function MessagePage({
  icon,
  title,
  children,
  actions,
  focusHeading = false,
}: MessagePageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', py: { xs: 4, sm: 8 }, px: { xs: 0, sm: 2 } }}>
      <Box sx={[stackSx(2), { alignItems: 'flex-start' }]}>
        {icon ? (
          <Box aria-hidden="true" sx={{ color: 'text.secondary', '& svg': { fontSize: 40 } }}>
            {icon}
          </Box>
        ) : null}
        <Typography ref={headingRef} variant="h1" tabIndex={-1} sx={{ outline: 'none' }}>
          {title}
        </Typography>
        {children}
        {actions ? (
          <Box sx={[stackSx(1, { direction: 'row', flexGap: true }), { flexWrap: 'wrap', pt: 1 }]}>
            {actions}
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
