import { useEffect } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import { useQueryClient } from '@tanstack/react-query';
import { OperationProgress } from '@/components/operation/operation-progress';
import { isFinished, type Operation } from '@/contract/operations';
import type { TemplateDetail } from '@/contract/template-detail';
import { useOperation } from '@/lib/operations';
import { invalidateAfterPublish } from '../../api/publish-template-version';

interface Props {
  template: TemplateDetail;
  operation: Operation;
  version: string;
  onClose: () => void;
}

/** The publish operation's live progress; when it ends, the release records refresh. */
export function PublishProgress({ template, operation: started, version, onClose }: Props) {
  const queryClient = useQueryClient();
  const { data: operation = started } = useOperation(started.id, started);
  const finished = isFinished(operation.status);
  useEffect(() => {
    if (finished) void invalidateAfterPublish(queryClient, template.id);
  }, [finished, queryClient, template.id]);

  return (
    <>
      <DialogContent>
        <OperationProgress
          operation={operation}
          outcome={
            operation.status === 'succeeded' ? (
              <Alert severity="success" role="status">
                {`${template.name} ${version} is published: it is in the release records, and applications installed from ${template.name} can be upgraded to it.`}
              </Alert>
            ) : null
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant={finished ? 'contained' : 'text'}>
          {finished ? 'Close' : 'Close (keeps publishing)'}
        </Button>
      </DialogActions>
    </>
  );
}
