import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Infrastructure } from '@/contract/platform';
import type { PlanEnvironment } from '@/contract/platform-plans';
import { DescriptionList } from '@/components/layout/description-list';
import { STRATEGY_TEXT } from '../../environment-rules';
import { frontEndsText, hostingLabels } from '../infrastructure/environment-words';
import { scheduleText } from './planning-diff';
import { ScheduleField } from './schedule-field';
import { StrategyField, strategyPromise } from './strategy-field';
import { zeroDowntimeReason } from './planning-problems';
import type { FieldRefs } from './use-field-refs';
import type { Planning } from './use-planning';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  env: PlanEnvironment;
  infrastructure: Infrastructure;
  planning: Planning;
  editable: boolean;
  fields: FieldRefs;
}

/** One environment's strategy and schedule; read-only once its upgrade has started. */
export function EnvironmentSettings({ env, infrastructure, planning, editable, fields }: Props) {
  const id = env.environmentId;
  const choice = planning.choices.environments[id];
  const platformEnv = infrastructure.environments.find((e) => e.id === id);
  const facts = [
    hostingLabels[env.hosting],
    platformEnv ? frontEndsText(platformEnv.zones) : null,
    `on ${env.fromVersion}`,
  ].filter(Boolean);
  if (!choice) return null;
  const canEdit = editable && env.status === 'not-started';
  const application = env.kind === 'application';

  const set = (key: 'strategy' | 'at' | 'timeZone', value: string) =>
    planning.edit(`${id}.${key}`, {
      ...planning.choices,
      environments: { ...planning.choices.environments, [id]: { ...choice, [key]: value } },
    });

  return (
    <Paper component="section" variant="outlined" aria-label={env.name} sx={{ p: 2, minWidth: 0 }}>
      <Stack spacing={1.5}>
        <div>
          <Typography component="h3" variant="h3">
            <bdi>{env.name}</bdi>
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {facts.join(' · ')}
            {env.status !== 'not-started'
              ? ' · its upgrade has started: no longer planned here'
              : ''}
          </Typography>
        </div>
        {canEdit ? (
          <>
            {application ? (
              <StrategyField
                environmentName={env.name}
                value={choice.strategy}
                onChange={(s) => set('strategy', s)}
                zeroDowntimeReason={zeroDowntimeReason(infrastructure, id)}
                error={planning.messageAt(`${id}.strategy`)}
                inputRef={fields.register(`${id}.strategy`)}
              />
            ) : null}
            <ScheduleField
              environmentName={env.name}
              choice={choice}
              onChange={set}
              errors={{
                at: planning.messageAt(`${id}.at`),
                timeZone: planning.messageAt(`${id}.timeZone`),
              }}
              refs={{
                at: fields.register(`${id}.at`),
                timeZone: fields.register(`${id}.timeZone`),
              }}
            />
          </>
        ) : (
          <DescriptionList
            items={[
              ...(application
                ? [
                    {
                      term: 'Strategy',
                      value: `${STRATEGY_TEXT[choice.strategy].label}: ${strategyPromise[choice.strategy]}`,
                    },
                  ]
                : []),
              { term: 'Schedule', value: capitalised(scheduleText(choice)) },
            ]}
          />
        )}
      </Stack>
    </Paper>
  );
}
