import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useEffect, useMemo, useRef } from 'react';
import { CodeEditor } from '@/components/form/code-editor';
import type { ServerConfiguration } from '@/contract/server-upgrades';
import { changedLines } from './changed-lines';
import { differingLines } from './configuration-text';
import { yamlLanguage } from './yaml-diagnostics';

interface Props {
  theirs: ServerConfiguration;
  mine: string;
  onUseTheirs: () => void;
  onKeepMine: () => void;
  saving: boolean;
}

/** "lines 3, 4 and 9" (at most eight named), for the panes' descriptions. */
function lineList(lines: readonly number[]): string {
  if (lines.length === 0) return 'nothing';
  if (lines.length === 1) return `line ${String(lines[0])}`;
  if (lines.length > 8) {
    return `lines ${lines.slice(0, 8).join(', ')} and ${String(lines.length - 8)} more`;
  }
  return `lines ${lines.slice(0, -1).join(', ')} and ${String(lines.at(-1))}`;
}

/** After a 409: their saved global.yaml beside the text this person typed, neither lost. */
export function ConfigurationConflict({ theirs, mine, onUseTheirs, onKeepMine, saving }: Props) {
  const lines = useMemo(() => differingLines(theirs.yaml, mine), [theirs.yaml, mine]);
  const theirMarks = useMemo(() => changedLines(lines.theirs), [lines]);
  const myMarks = useMemo(() => changedLines(lines.mine), [lines]);
  const notice = useRef<HTMLDivElement>(null);
  // The Save button that led here is gone: start from what happened.
  useEffect(() => notice.current?.focus(), []);
  return (
    <Stack spacing={2}>
      <Alert ref={notice} tabIndex={-1} severity="warning" role="alert">
        <AlertTitle>Someone else changed global.yaml meanwhile</AlertTitle>
        {`Their version (revision ${String(theirs.revision)}) is beside yours; yours is kept. Use theirs, or keep yours and save it over theirs.`}
      </Alert>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <CodeEditor
          label={`Their global.yaml (revision ${String(theirs.revision)})`}
          value={theirs.yaml}
          language={yamlLanguage}
          extensions={theirMarks}
          helperText={`Only in theirs, marked: ${lineList(lines.theirs)}.`}
          readOnly
        />
        <CodeEditor
          label="Your global.yaml"
          value={mine}
          language={yamlLanguage}
          extensions={myMarks}
          helperText={`Only in yours, marked: ${lineList(lines.mine)}.`}
          readOnly
        />
      </Box>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={onKeepMine} loading={saving}>
          Keep mine and save again
        </Button>
        <Button onClick={onUseTheirs} disabled={saving}>
          Use theirs
        </Button>
      </Stack>
    </Stack>
  );
}
