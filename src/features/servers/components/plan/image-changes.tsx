import Box from '@mui/material/Box';
import type { ImageChange } from '../../plan';
import { HashText } from '../runbook/hash-text';

/** Each image that changes: service, tag and short hash from → to (whole hashes when read out). */
export function ImageChanges({ changes }: { changes: readonly ImageChange[] }) {
  return (
    <Box
      component="ul"
      aria-label="Images changing"
      sx={{ m: 0, pl: 3, display: 'grid', gap: 0.5 }}
    >
      {changes.map((c) => (
        <Box component="li" key={c.service} sx={{ overflowWrap: 'anywhere' }}>
          <strong>{c.service}</strong>{' '}
          {c.fromHash ? (
            <>
              {c.fromTag} <HashText hash={c.fromHash} />
            </>
          ) : (
            'new service'
          )}
          {' → '}
          {c.toTag} <HashText hash={c.toHash} />
        </Box>
      ))}
    </Box>
  );
}
