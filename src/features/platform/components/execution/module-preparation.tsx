import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useRetryModulePreparation } from '../../api/execution-mutations';
import { ActionError } from './action-error';
import { targetOf, type ExecutionView } from './execution-view';
import { preparedText } from './status-text';
import { useAttemptKey } from './use-attempt-key';

/**
 * The seed's modules preparation: after the upgrade, outside the maintenance window, counted in
 * modules; it survives a reload (it is the server's), and a failure names the module and resumes.
 */
export function ModulePreparation({ view }: { view: ExecutionView }) {
  const { env, canAct } = view;
  const retry = useRetryModulePreparation(targetOf(view));
  const { keyFor, started } = useAttemptKey();
  const once = useSingleFlight();
  const prep = env.modulePreparation;
  if (!prep || prep.status === 'not-started') return null;
  const counted = preparedText(prep.prepared, prep.total);
  const resume = () =>
    once((release) => {
      void retry
        .mutateAsync(keyFor('retry'))
        .then(started, () => undefined)
        .finally(release);
    });
  const percent = prep.total === 0 ? 100 : Math.round((prep.prepared / prep.total) * 100);
  return (
    <Stack spacing={1} data-module-preparation={prep.status}>
      <Typography component="h4" variant="subtitle1">
        Modules preparation
      </Typography>
      {prep.status === 'failed' ? (
        <Alert
          severity="error"
          action={
            canAct ? (
              <Button color="inherit" size="small" onClick={resume} loading={retry.isPending}>
                Retry
              </Button>
            ) : undefined
          }
          sx={{ '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }}
        >
          <AlertTitle>
            Modules preparation stopped at <bdi>{prep.failedModule ?? 'a module'}</bdi>
          </AlertTitle>
          {`${counted}. Retry resumes at that module; the ones prepared are kept.`}
        </Alert>
      ) : (
        <Box>
          <LinearProgress
            variant="determinate"
            value={percent}
            color={prep.status === 'done' ? 'success' : 'primary'}
            aria-label={`Modules preparation of ${env.name}: ${counted}`}
            sx={{ height: 6, borderRadius: 3 }}
          />
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {prep.status === 'done'
              ? `Finished: ${counted}. You can publish your applications in the new version, at your own pace.`
              : `Running: ${counted}. It takes place outside your maintenance window and needs no downtime; closing this page doesn't interrupt it.`}
          </Typography>
        </Box>
      )}
      {retry.isError && (
        <ActionError error={retry.error} onRetry={resume} retrying={retry.isPending} />
      )}
    </Stack>
  );
}
