import Box from '@mui/material/Box';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';

/** Only when the shell itself failed: it brings its own main landmark. */
export function RootErrorBoundary() {
  return (
    <Box component="main" sx={{ p: { xs: 2, sm: 3 } }}>
      <RouteErrorBoundary />
    </Box>
  );
}
