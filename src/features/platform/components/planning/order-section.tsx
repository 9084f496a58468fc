import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { useEffect, useId, useRef, useState } from 'react';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import type { UpgradePlan } from '@/contract/platform-plans';
import { applyChoices } from './planning-choices';
import type { FieldRefs } from './use-field-refs';
import type { Planning } from './use-planning';

type Direction = 'up' | 'down';

interface Props {
  plan: UpgradePlan;
  planning: Planning;
  editable: boolean;
  fields: FieldRefs;
}

/** The upgrade order: LifeTime first when it is behind, then Move up / Move down per environment. */
export function OrderSection({ plan, planning, editable, fields }: Props) {
  const problemId = useId();
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // The button to focus once the moved environment has been drawn at its new place.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    pendingFocus.current = null;
    buttons.current.get(key)?.focus();
  });

  const all = applyChoices(plan, planning.choices).environments;
  const lifeTimeCount = all.filter((e) => e.kind === 'lifetime').length;
  const order = planning.choices.order;
  const problem = planning.messageAt('order');

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const id = order[index];
    const other = order[to];
    if (id === undefined || other === undefined) return;
    const next = [...order];
    next[to] = id;
    next[index] = other;
    planning.edit('order', { ...planning.choices, order: next });
    const atEnd = to === 0 || to === order.length - 1;
    const keep: Direction = atEnd ? (direction === 'up' ? 'down' : 'up') : direction;
    pendingFocus.current = `${id}:${keep}`;
    const name = all.find((e) => e.environmentId === id)?.name ?? id;
    setAnnouncement(
      `${name} moved to place ${String(lifeTimeCount + to + 1)} of ${String(all.length)}.`,
    );
  };

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <Stack spacing={1}>
      <Box
        component="ol"
        ref={fields.register('order')}
        tabIndex={-1}
        aria-label="Upgrade order"
        aria-describedby={problem ? problemId : undefined}
        sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}
      >
        {all.map((env, place) => {
          const index = order.indexOf(env.environmentId);
          const movable = editable && env.kind === 'application' && index >= 0;
          return (
            <Box
              component="li"
              key={env.environmentId}
              sx={{
                display: 'flex',
                flexWrap: 'wrap',
                alignItems: 'center',
                gap: 1,
                border: 1,
                borderColor: 'divider',
                borderRadius: 1,
                px: 1.5,
                py: 1,
              }}
            >
              <Typography sx={{ fontWeight: 600, flex: '1 1 12rem', minWidth: 0 }}>
                {`${String(place + 1)}. `}
                <bdi>{env.name}</bdi>
                {env.kind === 'lifetime' ? (
                  <Typography component="span" variant="body2" color="textSecondary">
                    {' '}
                    · upgraded first: LifeTime must be the most up-to-date environment
                  </Typography>
                ) : null}
              </Typography>
              {movable ? (
                <Stack direction="row" spacing={1}>
                  <Button
                    size="small"
                    ref={ref(`${env.environmentId}:up`)}
                    startIcon={<ArrowUpwardIcon />}
                    disabled={index === 0}
                    onClick={() => move(index, 'up')}
                    aria-label={`Move up: ${env.name}`}
                  >
                    Move up
                  </Button>
                  <Button
                    size="small"
                    ref={ref(`${env.environmentId}:down`)}
                    startIcon={<ArrowDownwardIcon />}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, 'down')}
                    aria-label={`Move down: ${env.name}`}
                  >
                    Move down
                  </Button>
                </Stack>
              ) : null}
            </Box>
          );
        })}
      </Box>
      {problem ? (
        <FormHelperText id={problemId} error role="alert" sx={{ fontSize: '0.875rem' }}>
          {problem}
        </FormHelperText>
      ) : null}
      <Box role="status" sx={visuallyHidden}>
        {announcement}
      </Box>
    </Stack>
  );
}
