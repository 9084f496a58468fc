import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import type { Strategy } from '@/contract/platform-plans';
import { STRATEGY_TEXT } from '../../environment-rules';

/** The short promise of each strategy, beside the seed's full sentence. */
export const strategyPromise: Record<Strategy, string> = {
  downtime: 'rollback with no data loss',
  'zero-downtime': 'a rollback will most certainly lose data',
};

interface Props {
  environmentName: string;
  value: Strategy;
  onChange: (strategy: Strategy) => void;
  /** Why zero-downtime is impossible here (the zone short of front-ends), if it is. */
  zeroDowntimeReason: string | null;
  /** A refusal of the choice: the rule's or the server's. */
  error: string | undefined;
  inputRef: (el: HTMLElement | null) => void;
}

const strategies: Strategy[] = ['downtime', 'zero-downtime'];

/** Downtime or zero-downtime; zero-downtime is offered only where every zone allows it. */
export function StrategyField(props: Props) {
  const { environmentName, value, onChange, zeroDowntimeReason, error, inputRef } = props;
  const id = useId();
  return (
    <FormControl error={Boolean(error)}>
      <FormLabel id={`${id}-label`}>{`Strategy for ${environmentName}`}</FormLabel>
      <RadioGroup
        aria-labelledby={`${id}-label`}
        value={value}
        onChange={(e) =>
          onChange(e.target.value === 'zero-downtime' ? 'zero-downtime' : 'downtime')
        }
      >
        {strategies.map((s) => {
          const blocked = s === 'zero-downtime' ? zeroDowntimeReason : null;
          const helpId = `${id}-${s}`;
          return (
            <Box key={s} sx={{ mb: 0.5 }}>
              <FormControlLabel
                value={s}
                disabled={Boolean(blocked) && value !== s}
                control={
                  <Radio
                    slotProps={{
                      input: {
                        'aria-describedby': helpId,
                        ref: value === s ? inputRef : undefined,
                      },
                    }}
                  />
                }
                label={`${STRATEGY_TEXT[s].label}: ${strategyPromise[s]}`}
              />
              <FormHelperText id={helpId} error={false} sx={{ mt: -0.5, ml: 4 }}>
                {blocked ? `Not possible here. ${blocked}` : STRATEGY_TEXT[s].consequence}
              </FormHelperText>
            </Box>
          );
        })}
      </RadioGroup>
      {error ? <FormHelperText role="alert">{error}</FormHelperText> : null}
    </FormControl>
  );
}
