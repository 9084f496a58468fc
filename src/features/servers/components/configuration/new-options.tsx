import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { isOptionSet, type NewConfigOption } from './configuration-text';

interface Props {
  options: readonly NewConfigOption[];
  /** The text being edited; without it (keeping the file) there is nothing to insert into. */
  yaml?: string;
  onInsert?: (option: NewConfigOption) => void;
}

/** What the releases crossed add to global.yaml, each with its example and an Insert. */
export function NewOptions({ options, yaml, onInsert }: Props) {
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography id={titleId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        New configuration options
      </Typography>
      {options.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          The releases crossed add no configuration options.
        </Typography>
      ) : (
        <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {options.map((option) => {
            const set = yaml !== undefined && isOptionSet(yaml, option.key);
            return (
              <Box component="li" key={`${option.version}-${option.key}`}>
                <Typography component="code" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                  {option.key}
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {`New in ${option.version}. ${option.description}`}
                </Typography>
                <Box
                  component="pre"
                  sx={{ fontSize: '0.8125rem', m: 0, my: 0.5, whiteSpace: 'pre-wrap' }}
                >
                  {option.example}
                </Box>
                {onInsert &&
                  (set ? (
                    <Typography variant="body2">Already set in global.yaml.</Typography>
                  ) : (
                    <Button
                      size="small"
                      variant="outlined"
                      aria-label={`Insert ${option.key}`}
                      onClick={() => onInsert(option)}
                    >
                      Insert
                    </Button>
                  ))}
              </Box>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
