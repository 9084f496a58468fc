import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { CompactOperationProgress } from '@/components/operation/compact-operation-progress';
import type { TemplateDetail } from '@/contract/template-detail';
import { useOperation } from '@/lib/operations';

/** A publish running now (one at a time): its live progress, for everyone who opens the page. */
export function PublishingBanner({ template }: { template: TemplateDetail }) {
  const publishing = template.source.publishing;
  const operation = useOperation(publishing?.operationId);
  if (!publishing) return null;
  return (
    <Alert severity="info" icon={false} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>
        Publishing {publishing.version} (started by {publishing.startedBy.name})
      </AlertTitle>
      <CompactOperationProgress
        operation={operation.data}
        label={`Publishing ${publishing.version}`}
      />
    </Alert>
  );
}
