import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { isFinished } from '@/contract/operations';
import { PanelError } from '@/components/feedback/panel-error';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import { OperationProgress } from '@/components/operation/operation-progress';
import { newIdempotencyKey } from '@/lib/api-client';
import { useOperation } from '@/lib/operations';
import { useApplication } from '../api/get-application';
import { useStartReadinessCheck } from '../api/start-readiness-check';
import { ReadinessResult } from './readiness-result';

interface Props {
  applicationId: string;
  /** The check already started, from the URL, so a reload shows the same one. */
  operationId?: string;
  onStarted: (operationId: string) => void;
  onClose: () => void;
}

export function ReadinessCheckDialog({ applicationId, operationId, onStarted, onClose }: Props) {
  const application = useApplication(applicationId);
  const allowed = usePermission('applications:check');
  const start = useStartReadinessCheck();
  // One key per attempt: Retry after a timeout replays it, so the work starts at most once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const operation = useOperation(operationId);
  const app = application.data;

  const run = () =>
    start.mutate({ applicationId, idempotencyKey }, { onSuccess: (op) => onStarted(op.id) });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="readiness-title">
      <DialogTitle id="readiness-title">Upgrade readiness{app ? `: ${app.name}` : ''}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {application.isPending && <Skeleton variant="text" width="80%" />}
          {application.isError && (
            <PanelError error={application.error} onRetry={() => void application.refetch()} />
          )}
          {app && !operationId && (
            <DialogContentText>
              {`Checks how ${app.name} was deployed, which released versions of ${app.project.name} are above project version ${app.projectVersion}, the work still running on it and whether its services answer. The check changes nothing.`}
            </DialogContentText>
          )}
          {!allowed && !operationId && (
            <PermissionDenied>
              <PanelError
                title="You can't run this check"
                detail="Running a readiness check needs the Administrator or Operator role."
              />
            </PermissionDenied>
          )}
          {start.isError && (
            <PanelError error={start.error} onRetry={run} retrying={start.isPending} />
          )}
          {operation.isError && (
            <PanelError error={operation.error} onRetry={() => void operation.refetch()} />
          )}
          {operation.data && (
            <OperationProgress
              operation={operation.data}
              outcome={
                operation.data.status === 'succeeded' && app ? (
                  <ReadinessResult operation={operation.data} projectVersion={app.projectVersion} />
                ) : null
              }
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>
          {operation.data && isFinished(operation.data.status) ? 'Done' : 'Close'}
        </Button>
        {allowed && !operationId && (
          <Button variant="contained" onClick={run} loading={start.isPending} disabled={!app}>
            Run check
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
