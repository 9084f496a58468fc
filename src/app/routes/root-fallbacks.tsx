import Box from '@mui/material/Box';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';

/*
 * Shown where the shell itself is missing (before the first navigation settles, or when the
 * shell failed), so they bring their own main landmark.
 */
export function RootHydrateFallback() {
  return (
    <Box component="main" sx={{ p: { xs: 2, sm: 3 } }}>
      <PageSkeleton />
    </Box>
  );
}

export function RootErrorBoundary() {
  return (
    <Box component="main" sx={{ p: { xs: 2, sm: 3 } }}>
      <RouteErrorBoundary />
    </Box>
  );
}
