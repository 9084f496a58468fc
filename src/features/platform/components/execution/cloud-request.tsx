import { formResolver } from '@/lib/form-resolver';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { FormTextField } from '@/components/form/form-text-field';
import { useSignedInUser } from '@/components/layout/current-user-context';
import { DescriptionList } from '@/components/layout/description-list';
import { paths } from '@/config/paths';
import { ActionError } from './action-error';
import {
  cloudRequestSchema,
  SCHEDULE_MISSING,
  type CloudRequestInput,
  type CloudRequestValues,
} from './cloud-request-schema';
import { canStart, startBlocker, type ExecutionView } from './execution-view';
import { scheduleText } from './schedule-text';
import { useStartExecutionFlow } from './use-start-execution';

interface Props {
  view: ExecutionView;
  /** The failure notice, its Retry sending this request again (resuming at the failed step). */
  failure: (retry: () => void, retrying: boolean) => ReactNode;
}

/**
 * The support ticket OutSystems needs: the environment, the version, when (with the time zone,
 * from the plan's schedule) and an infrastructure admin's approval, each checked where it is.
 */
export function CloudRequest({ view, failure }: Props) {
  const { plan, env, canAct } = view;
  const { user } = useSignedInUser();
  const isAdmin = user?.consoleRole === 'UPSHIFT_ADMINISTRATOR';
  const { start, send } = useStartExecutionFlow(view);
  const [scheduleMissing, setScheduleMissing] = useState(false);
  const form = useForm<CloudRequestInput, unknown, CloudRequestValues>({
    resolver: isAdmin ? undefined : formResolver(cloudRequestSchema),
    defaultValues: { approvedBy: '' },
  });
  const submit = form.handleSubmit((values) => {
    setScheduleMissing(env.schedule === null);
    if (env.schedule === null) return;
    void send({ approvedBy: isAdmin ? user.name : values.approvedBy });
  });
  const blocked = startBlocker(plan, env);
  const editable = canAct && canStart(env);
  return (
    <Stack spacing={2}>
      {failure(() => void submit(), start.isPending)}
      <Box
        component="form"
        noValidate
        aria-label={`Upgrade request for ${env.name}`}
        onSubmit={(e) => void submit(e)}
      >
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <DescriptionList
            items={[
              { term: 'Environment', value: <bdi>{env.name}</bdi> },
              { term: 'Version', value: `Platform Server ${plan.to}` },
              {
                term: 'When',
                value: env.schedule ? (
                  scheduleText(env.schedule)
                ) : (
                  <Typography
                    variant="body2"
                    component="span"
                    color={scheduleMissing ? 'error' : 'textSecondary'}
                  >
                    {scheduleMissing ? `${SCHEDULE_MISSING} ` : 'Not scheduled yet. '}
                    <Link component={RouterLink} to={paths.platform.plan.href(plan.id, 'planning')}>
                      Schedule it in Planning
                    </Link>
                  </Typography>
                ),
              },
            ]}
          />
          {editable && isAdmin && (
            <Alert severity="info">
              {`You're an infrastructure admin: your request is authorized (approved by ${user.name}).`}
            </Alert>
          )}
          {editable && !isAdmin && (
            <FormTextField
              control={form.control}
              name="approvedBy"
              label="Infrastructure admin approving"
              required
              helperText="Not an admin? Ask your infrastructure admin to approve the request, and name them here."
              sx={{ maxWidth: 420, width: '100%' }}
            />
          )}
          {env.execution.approvedBy && (
            <Typography variant="body2">
              Approved by <bdi>{env.execution.approvedBy}</bdi>
            </Typography>
          )}
          {editable && env.execution.status === 'not-started' && (
            <Button
              type="submit"
              variant="contained"
              loading={start.isPending}
              disabled={blocked !== null}
            >
              Request the upgrade
            </Button>
          )}
          {editable && blocked && (
            <Typography variant="body2" color="textSecondary">
              {blocked}
            </Typography>
          )}
          {start.isError && (
            <ActionError
              error={start.error}
              onRetry={() => void submit()}
              retrying={start.isPending}
            />
          )}
        </Stack>
      </Box>
    </Stack>
  );
}
