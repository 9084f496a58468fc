import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { PublicationMethod } from '@/contract/platform-plans';
import { useSingleFlight } from '@/lib/use-single-flight';
import { usePublishApplications } from '../../api/publication-mutations';
import { publicationMethods } from '../../execution-rules';
import { ActionError } from './action-error';
import { targetOf, upgradedBefore, type ExecutionView } from './execution-view';
import { GradualApps } from './gradual-apps';
import { methodText } from './publication-text';
import { preparedText } from './status-text';
import { useAttemptKey } from './use-attempt-key';

/**
 * Publishing gradually (11.x to 11.12.0 or later), nothing is published before modules
 * preparation finishes, "publish all" included: why, or null.
 */
function waitsFor(view: ExecutionView): string | null {
  const prep = view.env.modulePreparation;
  if (view.plan.publishMode !== 'gradual' || prep?.status === 'done') return null;
  return prep
    ? `Publishing waits for modules preparation to finish (${preparedText(prep.prepared, prep.total)}).`
    : 'Publishing waits for modules preparation to finish.';
}

/** Why a method cannot be chosen now, or null. */
function unavailable(view: ExecutionView, method: PublicationMethod): string | null {
  const waits = waitsFor(view);
  if (waits) return waits;
  if (method === 'stage' && upgradedBefore(view.plan, view.env.environmentId).length === 0)
    return 'No environment before this one has been upgraded yet.';
  return null;
}

/** How to publish the applications in the new version, and Publish. */
export function PublishForm({ view }: { view: ExecutionView }) {
  const { plan, env, environment } = view;
  const publish = usePublishApplications(targetOf(view));
  const { keyFor, started } = useAttemptKey();
  const once = useSingleFlight();
  const methods = publicationMethods(env.role, plan.to, plan.publishMode);
  const sources = upgradedBefore(plan, env.environmentId);
  // Publishing gradually is the way when the upgrade allows it; else the first way open now.
  // Derived on every render, so it follows modules preparation until the person picks one.
  const open = methods.filter((m) => unavailable(view, m) === null);
  const [chosen, setMethod] = useState<PublicationMethod | null>(null);
  const method =
    chosen !== null && open.includes(chosen)
      ? chosen
      : (open.find((m) => m === 'gradual') ?? open[0] ?? methods[0] ?? 'code');
  const [chosenSource, setSource] = useState<string | null>(null);
  const source = chosenSource ?? sources.at(-1)?.environmentId ?? '';
  const [apps, setApps] = useState<string[]>([]);
  const [appsError, setAppsError] = useState(false);
  const groupId = useId();
  const waits = waitsFor(view);
  const published = env.publication?.published ?? [];
  const submit = () => {
    if (method === 'gradual' && apps.length === 0) {
      setAppsError(true);
      return;
    }
    const body = {
      method,
      ...(method === 'stage' ? { sourceEnvironmentId: source } : {}),
      ...(method === 'gradual' ? { applications: apps } : {}),
    };
    const idempotencyKey = keyFor(body);
    once((release) => {
      void publish.mutateAsync({ body, idempotencyKey }).then(() => {
        started();
        release();
        setApps([]);
      }, release);
    });
  };
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <FormControl>
        <FormLabel id={groupId}>How to publish</FormLabel>
        {waits && (
          <FormHelperText id={`${groupId}-waits`} sx={{ mx: 0, mb: 1 }}>
            {waits}
          </FormHelperText>
        )}
        <RadioGroup
          aria-labelledby={groupId}
          value={waits ? '' : method}
          onChange={(e) => setMethod(PublicationMethod.parse(e.target.value))}
        >
          {methods.map((m) => {
            const why = waits ? null : unavailable(view, m);
            return (
              <Box key={m} sx={{ mb: 1 }}>
                <FormControlLabel
                  value={m}
                  disabled={waits !== null || why !== null}
                  control={
                    <Radio slotProps={{ input: { 'aria-describedby': `${groupId}-${m}` } }} />
                  }
                  label={methodText[m].label}
                />
                <FormHelperText id={`${groupId}-${m}`} sx={{ mt: -0.5, ml: 4 }}>
                  {why ? `${methodText[m].hint} ${why}` : methodText[m].hint}
                </FormHelperText>
              </Box>
            );
          })}
        </RadioGroup>
      </FormControl>
      {!waits && method === 'stage' && sources.length > 0 && (
        <TextField
          select
          label="Stage from"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          sx={{ minWidth: 240, maxWidth: '100%' }}
        >
          {sources.map((s) => (
            <MenuItem key={s.environmentId} value={s.environmentId}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {!waits && method === 'gradual' && environment && (
        <GradualApps
          apps={environment.apps}
          published={published}
          chosen={apps}
          error={appsError ? 'Choose at least one application to publish.' : undefined}
          onChange={(next) => {
            setApps(next);
            setAppsError(false);
          }}
        />
      )}
      <Button
        variant="contained"
        onClick={submit}
        loading={publish.isPending}
        disabled={waits !== null}
        aria-describedby={waits ? `${groupId}-waits` : undefined}
      >
        {method === 'gradual' ? 'Publish the chosen applications' : 'Publish all applications'}
      </Button>
      {publish.isError && (
        <ActionError error={publish.error} onRetry={submit} retrying={publish.isPending} />
      )}
    </Stack>
  );
}
