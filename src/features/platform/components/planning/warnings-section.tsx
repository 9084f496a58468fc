import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Infrastructure } from '@/contract/platform';
import type { PlanWarning, UpgradePlan } from '@/contract/platform-plans';
import { absoluteTime } from '@/lib/format';
import { scheduleWarnings } from '../../plan-rules';

/** Warnings Planning works out itself from the choices; the server's others are added. */
const LIVE_CODES: readonly PlanWarning['code'][] = ['cloud-too-close', 'in-sprint'];

/**
 * The seed's advice on the chosen schedules: a day between cloud environments, never inside a
 * development sprint. Worked out as the person edits, so they see it before saving.
 */
export function WarningsSection({
  plan,
  applied,
  infrastructure,
}: {
  /** The plan as stored: its own warnings of other kinds. */
  plan: UpgradePlan;
  /** The plan with the unsaved choices. */
  applied: UpgradePlan;
  infrastructure: Infrastructure;
}) {
  const warnings = [
    ...scheduleWarnings(applied.environments, infrastructure.sprints),
    ...plan.warnings.filter((w) => !LIVE_CODES.includes(w.code)),
  ];
  const sprints = infrastructure.sprints;
  return (
    <Stack spacing={1}>
      {sprints.length > 0 ? (
        <Typography variant="body2" color="textSecondary">
          {'Development sprints: '}
          {sprints
            .map((s) => `${s.name} (${absoluteTime(s.startsAt)} to ${absoluteTime(s.endsAt)})`)
            .join('; ')}
          . An upgrade should always happen between development sprints.
        </Typography>
      ) : null}
      <Stack spacing={1} role="status">
        {warnings.length === 0 ? (
          <Typography>No warning for the chosen schedules.</Typography>
        ) : (
          warnings.map((w) => (
            <Alert key={`${w.code}-${w.environmentId}`} severity="warning" role="none">
              {w.message}
            </Alert>
          ))
        )}
      </Stack>
    </Stack>
  );
}
