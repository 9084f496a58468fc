import Box from '@mui/material/Box';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { short } from '../../script-output';
import { CopyButton } from './copy-button';
import { MONO } from './step-text';

/** A digest as people compare them: 12 hex digits on screen, the whole one when read out. */
export function HashText({ hash }: { hash: string }) {
  return (
    <Box component="span" sx={{ fontFamily: MONO, fontSize: '0.875em' }}>
      <span aria-hidden="true">{short(hash)}</span>
      <Box component="span" sx={visuallyHidden}>
        {hash}
      </Box>
    </Box>
  );
}

/** The short digest with a button that copies the whole one. */
export function CopyableHash({ hash, of }: { hash: string; of: string }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
      <HashText hash={hash} />
      <CopyButton text={hash} label={`Copy the ${of} hash`} />
    </Box>
  );
}
