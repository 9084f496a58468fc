import { useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { MASK } from '@/lib/secrets';

interface SecretValueProps {
  name: string;
  /** The service or connector the variable belongs to, for the button's name. */
  owner: string;
  value: string;
}

/** A masked value with a toggle that shows it on purpose; pressed while shown. */
export function SecretValue({ name, owner, value }: SecretValueProps) {
  const [revealed, setRevealed] = useState(false);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {revealed ? (
        <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
          {value}
        </Box>
      ) : (
        <>
          <Box component="span" aria-hidden="true">
            {MASK}
          </Box>
          <Box component="span" sx={visuallyHidden}>
            Hidden value
          </Box>
        </>
      )}
      <IconButton
        size="small"
        aria-label={`Reveal ${name} of ${owner}`}
        aria-pressed={revealed}
        onClick={() => setRevealed((shown) => !shown)}
        sx={{ my: -0.5 }}
      >
        {revealed ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
      </IconButton>
    </Box>
  );
}
