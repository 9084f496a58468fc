import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ScriptOutput } from '../../script-output';
import { HashText } from './hash-text';
import { MONO } from './step-text';

interface Props {
  kind: 'check' | 'version';
  output: ScriptOutput;
  /** What does not match the target release, one sentence per service. */
  problems: readonly string[];
  version: string;
}

const plural = (n: number, one: string, other = `${one}s`) =>
  `${String(n)} ${n === 1 ? one : other}`;

/** What was read out of pasted `check` or `version` output, before it is sent. */
export function OutputReadBack({ kind, output, problems, version }: Props) {
  const read = kind === 'check' ? output.statuses.length : output.images.length;
  const what = kind === 'check' ? 'service status' : 'image hash';
  const summary = [
    `Read ${plural(read, what, kind === 'check' ? 'service statuses' : 'image hashes')}`,
    ...(output.unread.length > 0
      ? [`${plural(output.unread.length, 'line')} could not be read`]
      : []),
  ].join('; ');
  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      <Typography role="status" variant="body2">{`${summary}.`}</Typography>
      {kind === 'version' && output.scriptVersion && (
        <Typography variant="body2">{`Script version: ${output.scriptVersion}`}</Typography>
      )}
      {read > 0 && (
        <Box component="ul" aria-label={`What was read from ${kind}`} sx={{ m: 0, pl: 3 }}>
          {kind === 'check'
            ? output.statuses.map((s) => (
                <li key={s.service}>
                  <strong>{s.service}</strong>: {s.status}
                </li>
              ))
            : output.images.map((i) => (
                <li key={i.service}>
                  <strong>{i.service}</strong>: {i.tag} <HashText hash={i.hash} />
                </li>
              ))}
        </Box>
      )}
      {output.unread.length > 0 && (
        <Box>
          <Typography variant="body2">Could not be read:</Typography>
          <Box
            component="ul"
            aria-label="Lines that could not be read"
            sx={{ m: 0, pl: 3, fontFamily: MONO, fontSize: 12.5, overflowWrap: 'anywhere' }}
          >
            {output.unread.slice(0, 20).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </Box>
        </Box>
      )}
      {problems.length > 0 ? (
        <Alert severity="warning">
          <AlertTitle>{`Does not match ${version}`}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </Box>
        </Alert>
      ) : (
        <Alert severity="success">
          {kind === 'check'
            ? `Every service of ${version} is healthy.`
            : `Every image is at ${version}'s hash.`}
        </Alert>
      )}
    </Stack>
  );
}
