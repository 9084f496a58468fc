import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { stackSx } from '@/components/layout/stack-sx';
import { visuallyHidden } from './visually-hidden';

interface TableSkeletonProps {
  rows?: number;
  columns?: number;
  /** Read by screen readers while the table loads. */
  label?: string;
}

export function TableSkeleton({ rows = 8, columns = 5, label = 'Loading…' }: TableSkeletonProps) {
  return (
    <Box role="status" sx={{ width: '100%' }}>
      <Box component="span" sx={visuallyHidden}>
        {label}
      </Box>
      <Box aria-hidden="true" sx={{ border: 1, borderColor: 'divider', borderRadius: 2, p: 2 }}>
        {Array.from({ length: rows + 1 }, (_, row) => (
          <Box key={row} sx={[stackSx(2, { direction: 'row' }), { py: 1.25 }]}>
            {Array.from({ length: columns }, (_, column) => (
              <Skeleton
                key={column}
                variant="text"
                sx={{ flex: column === 0 ? 2 : 1, fontSize: row === 0 ? '0.75rem' : '1rem' }}
              />
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

export function PageSkeleton({ label = 'Loading page…' }: { label?: string }) {
  return (
    <Box role="status" sx={{ width: '100%', pt: 1 }}>
      <Box component="span" sx={visuallyHidden}>
        {label}
      </Box>
      <Box aria-hidden="true">
        <Skeleton variant="text" sx={{ fontSize: '1.75rem', width: '40%', maxWidth: 320 }} />
        <Skeleton variant="text" sx={{ width: '60%', maxWidth: 480, mb: 3 }} />
        <Box sx={[stackSx(2, { direction: 'row' }), { mb: 3 }]}>
          <Skeleton variant="rounded" height={36} sx={{ flex: 1, maxWidth: 280 }} />
          <Skeleton variant="rounded" height={36} width={120} />
        </Box>
        <Skeleton variant="rounded" height={280} />
      </Box>
    </Box>
  );
}
