import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect, useRef } from 'react';
import type { Conflict } from './use-save-planning';

interface Props {
  conflict: Conflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  saving: boolean;
}

/** After a 409: what they changed in Planning, the person's choices still on screen. */
export function ConflictNotice({ conflict, onKeepMine, onTakeTheirs, saving }: Props) {
  const notice = useRef<HTMLDivElement>(null);
  // The Save button that led here may be far below: start from what happened.
  useEffect(() => notice.current?.focus(), []);
  return (
    <Alert
      ref={notice}
      tabIndex={-1}
      severity="warning"
      sx={{ '& .MuiAlert-message': { minWidth: 0 } }}
    >
      <AlertTitle>Someone else changed this plan meanwhile</AlertTitle>
      {`Nothing was saved and your choices are kept below. The plan is at revision ${String(conflict.theirs.revision)} now. What they changed:`}
      {conflict.changes.length > 0 ? (
        <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
          {conflict.changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Box>
      ) : (
        ' nothing you set here.'
      )}
      Keep your changes (theirs stay wherever you changed nothing), or use theirs.
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
        <Button variant="contained" size="small" onClick={onKeepMine} loading={saving}>
          Keep my changes and save again
        </Button>
        <Button size="small" color="inherit" onClick={onTakeTheirs} disabled={saving}>
          Use theirs
        </Button>
      </Stack>
    </Alert>
  );
}
